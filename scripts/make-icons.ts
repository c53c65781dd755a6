/**
 * Renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 80 for the ribbon; 32 and 64
 * for the add-in's icon; 128 for stores), with headless Chromium. The PNGs are committed.
 *   npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser';

async function main() {
  const svg = readFileSync('assets/icon.svg', 'utf8');
  const browser = await launchBrowser();
  try {
    for (const size of [16, 32, 64, 80, 128]) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.screenshot({ path: `assets/icon-${size}.png`, omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
