import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * "Accept all changes" on a document.xml, written apart from the product's reader so that a test
 * does not check our writer with our own reading: deleted runs and moved-from text go, insertions
 * are unwrapped, a paragraph whose mark is deleted joins the next one (which keeps its properties).
 * Enough for documents without text boxes (no paragraph inside a paragraph).
 */
export function acceptAll(xml: string): string {
  let out = xml
    .replace(/<w:(del|moveFrom)\b[^>]*[^/]>[\s\S]*?<\/w:\1>/g, '')
    .replace(/<w:(ins|moveTo)\b[^>]*\/>/g, '')
    .replace(/<w:(ins|moveTo)\b[^>]*>|<\/w:(ins|moveTo)>/g, '');
  // Paragraphs whose mark is deleted (a self-closing w:del left in their properties) join the next.
  const paragraph = /<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g;
  for (let guard = 0; guard < 10_000; guard++) {
    let joined = false;
    const matches = [...out.matchAll(paragraph)];
    for (let index = 0; index < matches.length - 1; index++) {
      const match = matches[index] as RegExpMatchArray;
      const properties = /<w:pPr\b[\s\S]*?<\/w:pPr>/.exec(match[0])?.[0] ?? '';
      if (!/<w:del\b[^>]*\/>/.test(properties)) continue;
      const next = matches[index + 1] as RegExpMatchArray;
      const content = match[0]
        .replace(/^<w:p\b[^>]*>/, '')
        .replace(/<\/w:p>$/, '')
        .replace(properties, '');
      const nextOpen = /^<w:p\b[^>]*>(?:<w:pPr\b[\s\S]*?<\/w:pPr>)?/.exec(next[0])?.[0] ?? '';
      const merged = nextOpen + content + next[0].slice(nextOpen.length);
      out = out.slice(0, match.index) + out.slice((match.index as number) + match[0].length, next.index) + merged + out.slice((next.index as number) + next[0].length);
      joined = true;
      break;
    }
    if (!joined) break;
  }
  return out;
}

/** Each body paragraph's text, read plainly: w:t and tabs. */
export function plainParagraphs(xml: string): string[] {
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((part) => (part[0] === '<w:tab/>' ? '\t' : decode(part[1] ?? ''))).join(''),
  );
}

export function documentXmlOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
}

const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'));

/** LibreOffice converts a file (`txt:Text`, `fodt`…) into a temporary folder; its output's text. */
export function soffice(file: string, format: string): string {
  const out = mkdtempSync(join(tmpdir(), 'soffice-out-'));
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
  const extension = format.split(':')[0] as string;
  return readFileSync(join(out, basename(file).replace(/\.[^.]+$/, `.${extension}`)), 'utf8').replace(/^\ufeff/, '');
}
