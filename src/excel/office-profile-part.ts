import { PROFILE_NAMESPACE, profileOfPartXml, profilePartXml } from '../workbook/profile-xml';
import type { OfficeHost } from './office-host';

/**
 * The convention profile kept in the workbook file as a custom XML part, through Office.js
 * (`workbook.customXmlParts`, ExcelApi 1.5): the page and the command line write it into the file,
 * the pane reads it on start; the pane writes it when the officer accepts a profile, so that the
 * page and the command line read the file Excel saved. Office's document settings stay where the
 * pane's other settings are kept.
 */
type PartsHost = Pick<OfficeHost, 'run' | 'isSetSupported'>;
type Kept = { readonly json: unknown } | { readonly unreadable: true } | null;

export async function readKeptProfile(host: PartsHost): Promise<Kept> {
  if (!host.isSetSupported('ExcelApi', '1.5')) return null;
  try {
    return await host.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(PROFILE_NAMESPACE);
      parts.load('items/id');
      await context.sync();
      const texts = parts.items.map((part) => part.getXml());
      await context.sync();
      for (const text of texts) {
        const found = profileOfPartXml(text.value);
        if (found !== null) return found;
      }
      return null;
    });
  } catch {
    // A host that will not read its parts leaves the settings as they are: the pane still works.
    return null;
  }
}

/** Keeps the profile in our part (replacing it, never doubling it); null takes it out. */
export async function writeKeptProfile(host: PartsHost, profile: unknown): Promise<void> {
  if (!host.isSetSupported('ExcelApi', '1.5')) return;
  await host.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(PROFILE_NAMESPACE);
    parts.load('items/id');
    await context.sync();
    const [first, ...others] = parts.items;
    for (const part of others) part.delete();
    if (profile === null) first?.delete();
    else if (first !== undefined) first.setXml(profilePartXml(profile));
    else context.workbook.customXmlParts.add(profilePartXml(profile));
    await context.sync();
  });
}

/** The settings the pane starts from: the profile kept in the file wins, the last one the page, the command line or the pane wrote. */
export function withKeptProfile(stored: unknown, kept: Kept): unknown {
  if (kept === null) return stored;
  const settings = stored !== null && typeof stored === 'object' ? stored : { version: 1 };
  // A part we cannot read is passed on as it is: the pane says the settings kept with the workbook are unreadable.
  return { ...settings, profile: 'json' in kept ? kept.json : 'unreadable' };
}

/** The profile of settings as stored, for comparison. */
export function profileIn(settings: unknown): unknown {
  return settings !== null && typeof settings === 'object' && 'profile' in settings ? (settings.profile ?? null) : null;
}
