import { parseSettings } from '../workbook/settings';

/**
 * The page's side of the profile kept in the workbook file: read when a file is opened (the settings
 * the pane starts from), written into the file downloaded (the profile the officer accepted, or
 * none). The .xlsx code loads with the rest of the file code, never with the pane.
 */
export async function settingsKeptIn(bytes: Uint8Array): Promise<unknown> {
  const { readProfilePart } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/profile-part');
  const kept = readProfilePart(bytes);
  if (kept === null) return null;
  // A part we cannot read is passed on as it is: the pane says the settings kept with the workbook are unreadable.
  return { version: 1, profile: 'json' in kept ? kept.json : 'unreadable' };
}

export async function withProfileKept(bytes: Uint8Array, settings: unknown): Promise<Uint8Array> {
  const { withProfilePart } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/profile-part');
  return withProfilePart(bytes, parseSettings(settings).settings.profile ?? null);
}
