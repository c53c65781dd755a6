/**
 * The convention profile kept in a workbook as a custom XML part: its namespace and its XML, the
 * same for the .xlsx code (page, command line) and for Excel's `workbook.customXmlParts`. The
 * profile is the JSON of `profile --json`'s "profile", in the text of one root element.
 */
export const PROFILE_NAMESPACE = 'urn:convention-budget:profile:1';
const ROOT = 'conventionProfile';

/** The part's XML around the profile's JSON. */
export function profilePartXml(profile: unknown): string {
  const text = JSON.stringify(profile).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${ROOT} xmlns="${PROFILE_NAMESPACE}" version="1">${text}</${ROOT}>`;
}

/** The JSON a part holds: null when the part is not ours; `unreadable` when ours cannot be read (edited by hand). */
export function profileOfPartXml(xml: string): { readonly json: unknown } | { readonly unreadable: true } | null {
  const root = new RegExp(`<(?:\\w+:)?${ROOT}\\b[^>]*\\bxmlns(?::\\w+)?="${PROFILE_NAMESPACE.replace(/[.:]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</(?:\\w+:)?${ROOT}>`).exec(xml);
  if (root === null) return null;
  try {
    return { json: JSON.parse(decode((root[1] as string).replace(/^<!\[CDATA\[|\]\]>$/g, '')).trim()) };
  } catch {
    return { unreadable: true };
  }
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, entity: string) => {
    if (/^#x/i.test(entity)) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return NAMED[entity] ?? all;
  });
}
