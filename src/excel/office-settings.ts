import { toWorkbookError } from './office-errors';
import type { OfficeHost } from './office-host';

/**
 * The workbook's settings: kept in the document's settings (Office.context.document.settings), and
 * the accepted convention profile in the file's custom XML part too, where the page and the command
 * line read it.
 */

const SETTINGS_KEY = 'convention-budget';

/** The profile kept in the file's custom XML part: Office.js code only, loaded apart from the pane's first bundle. */
function keptProfileParts() {
  return import(/* webpackChunkName: "profile-part" */ './office-profile-part');
}

export async function readOfficeSettings(host: OfficeHost): Promise<unknown> {
  const parts = await keptProfileParts();
  return parts.withKeptProfile(host.settings?.get(SETTINGS_KEY) ?? null, await parts.readKeptProfile(host));
}

export async function writeOfficeSettings(host: OfficeHost, settings: unknown): Promise<void> {
  const parts = await keptProfileParts();
  const before = parts.profileIn(host.settings?.get(SETTINGS_KEY) ?? null);
  await saveSettings(host, settings);
  // The accepted profile goes in the file too, where the page and the command line read it.
  if (JSON.stringify(before) !== JSON.stringify(parts.profileIn(settings))) await parts.writeKeptProfile(host, parts.profileIn(settings));
}

function saveSettings(host: OfficeHost, settings: unknown): Promise<void> {
  const store = host.settings;
  if (!store) return Promise.resolve();
  // saveAsync clears Excel's undo stack: settings equal to those kept are not saved again.
  if (JSON.stringify(store.get(SETTINGS_KEY) ?? null) === JSON.stringify(settings)) return Promise.resolve();
  store.set(SETTINGS_KEY, settings);
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is "failed"; the enum object is not there when office.js is not.
      if (String(result.status) === 'failed') reject(toWorkbookError(result.error));
      else resolve();
    });
  });
}
