import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { inspectFile } from './file-guard';
import { PROFILE_NAMESPACE, profileOfPartXml, profilePartXml } from '../workbook/profile-xml';
import { OfficePackage, readRelationships, relationshipsPart } from './package-parts';
import { DEFAULT_WORKBOOK_PART } from './workbook-part';
import { attribute } from './xml-scan';

/**
 * The convention profile the officer accepted, kept inside the workbook as a custom XML part
 * (customXml/itemN.xml, its itemProps and relationship, as Excel writes them): invisible in the
 * sheets, read by Excel through `workbook.customXmlParts` (ExcelApi 1.5), kept by LibreOffice when it
 * saves the file (measured with LibreOffice 7.4: the part and its properties come back whole, its
 * relationship moved from the workbook to the package, where this reader finds it too), and read by
 * the page and the command line here. A hidden defined name was the other place: LibreOffice makes
 * it visible on saving, and Excel limits each string in a name's formula to 255 characters.
 */

export { PROFILE_NAMESPACE };

const ITEM = /^customXml\/item\d+\.xml$/i;
const CUSTOM_XML_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const PROPS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/** The profile kept in an .xlsx file: null when there is none; `unreadable` when ours cannot be read. */
export function readProfilePart(bytes: Uint8Array): { readonly json: unknown } | { readonly unreadable: true } | null {
  const inspection = inspectFile(bytes);
  if (inspection.kind === 'problem') return null;
  const pack = new OfficePackage(bytes, inspection.entries);
  for (const name of inspection.entries.keys()) {
    if (!ITEM.test(name)) continue;
    let xml: string;
    try {
      xml = pack.text(name);
    } catch {
      continue;
    }
    const found = profileOfPartXml(xml);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The file with the profile kept in it (its former one replaced), or taken out when `profile` is
 * null. Every other part is left as it was; the file is patched, never rebuilt.
 */
export function withProfilePart(bytes: Uint8Array, profile: unknown): Uint8Array {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] === undefined ? '' : strFromU8(files[name]));
  const ours = Object.keys(files).find((name) => ITEM.test(name) && profileOfPartXml(text(name)) !== null);
  if (ours !== undefined && profile !== null) {
    files[ours] = strToU8(profilePartXml(profile));
    return zipSync(files, { level: 6 });
  }
  if (ours !== undefined) removePart(files, ours);
  if (profile === null) return zipSync(files, { level: 6 });

  const workbookPart = officeDocument(text('_rels/.rels'));
  let number = 1;
  while (files[`customXml/item${number}.xml`] !== undefined) number++;
  const item = `customXml/item${number}.xml`;
  const props = `customXml/itemProps${number}.xml`;
  files[item] = strToU8(profilePartXml(profile));
  files[props] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6F1C2B7E-3D5A-4C8E-9B21-C0A7E5D4F318}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${PROFILE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${number}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS_TYPE}" Target="itemProps${number}.xml"/></Relationships>`,
  );
  // Excel relates custom XML parts to the workbook part.
  const relsName = relationshipsPart(workbookPart).rels;
  const rels = text(relsName) || '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]));
  let id = 1;
  while (ids.has(`rId${id}`)) id++;
  const target = `${'../'.repeat(workbookPart.split('/').length - 1)}customXml/item${number}.xml`;
  files[relsName] = strToU8(rels.replace(/<\/(\w+:)?Relationships>\s*$/, (close) => `<Relationship Id="rId${id}" Type="${CUSTOM_XML_TYPE}" Target="${target}"/>${close}`));
  let types = text('[Content_Types].xml');
  if (!/<Default\b[^>]*Extension="xml"/i.test(types)) types = types.replace(/<\/Types>/, `<Override PartName="/${item}" ContentType="application/xml"/></Types>`);
  files['[Content_Types].xml'] = strToU8(types.replace(/<\/Types>/, `<Override PartName="/${props}" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`));
  return zipSync(files, { level: 6 });
}

function officeDocument(packageRels: string): string {
  return readRelationships(packageRels, '').find((relation) => relation.type === 'officeDocument')?.target ?? DEFAULT_WORKBOOK_PART;
}

/** Takes our part out with its properties, its relationships and its content types, wherever a writer related it. */
function removePart(files: Record<string, Uint8Array>, item: string): void {
  const { folder: itemFolder, rels: itemRels } = relationshipsPart(item);
  const props = files[itemRels] === undefined ? undefined : readRelationships(strFromU8(files[itemRels]), itemFolder)[0]?.target;
  for (const name of [item, itemRels, props]) if (name !== undefined) delete files[name];
  for (const name of Object.keys(files)) {
    if (!name.endsWith('.rels') || name === itemRels) continue;
    const rels = strFromU8(files[name] as Uint8Array);
    if (!rels.includes('customXml')) continue;
    const folder = name.replace(/_rels\/[^/]*\.rels$/, '');
    const ours = new Set(
      readRelationships(rels, folder)
        .filter((relation) => relation.type === 'customXml' && relation.target === item)
        .map((relation) => relation.id),
    );
    if (ours.size > 0) files[name] = strToU8(rels.replace(/<(?:\w+:)?Relationship\b[^>]*\/>/g, (relation) => (ours.has(attribute(relation, 'Id') ?? '') ? '' : relation)));
  }
  const types = files['[Content_Types].xml'];
  if (types !== undefined) {
    const parts = new Set([item, props].filter((name): name is string => name !== undefined).map((name) => `/${name}`));
    files['[Content_Types].xml'] = strToU8(strFromU8(types).replace(/<Override\b[^>]*PartName="([^"]+)"[^>]*\/>/g, (override, part: string) => (parts.has(part) ? '' : override)));
  }
}
