import { strFromU8, strToU8 } from 'fflate';
import { readRelationships, type Relationship, relationshipsPart } from './package-parts';

/**
 * A workbook file's parts held for patching: each part's bytes by name, read as text only when a
 * patch needs it, relationships added where the Open Packaging Conventions put them.
 */

export const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A part's relationships as the package reader reads them, and their part's name and text, to patch. */
export interface Rels {
  readonly name: string;
  xml: string;
  readonly list: Relationship[];
  /** The ids of relationships to outside the package (hyperlinks): not in the list, but taken. */
  readonly externalIds: readonly string[];
}

export class Parts {
  constructor(readonly files: Record<string, Uint8Array>) {}

  has(name: string): boolean {
    return this.files[name] !== undefined;
  }

  text(name: string): string {
    const bytes = this.files[name];
    if (bytes === undefined) throw new Error(`missing part ${name}`);
    return strFromU8(bytes);
  }

  set(name: string, text: string): void {
    this.files[name] = strToU8(text);
  }

  rels(part: string): Rels {
    const { folder, rels: name } = relationshipsPart(part);
    const xml = this.has(name) ? this.text(name) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`;
    const externalIds: string[] = [];
    return { name, xml, list: readRelationships(xml, folder, externalIds), externalIds };
  }

  /** Adds a relationship of this type (its full URI); returns its id. */
  addRel(rels: Rels, type: string, target: string, from: string): string {
    const used = new Set([...rels.list.map((rel) => rel.id), ...rels.externalIds]);
    let index = rels.list.length + 1;
    while (used.has(`rId${index}`)) index++;
    const id = `rId${index}`;
    rels.xml = rels.xml.replace(/<\/(?:\w+:)?Relationships>\s*$/, `<Relationship Id="${id}" Type="${type}" Target="${relativeTarget(from, target)}"/>$&`);
    rels.list.push({ id, type: type.split('/').pop() ?? '', target });
    this.set(rels.name, rels.xml);
    return id;
  }

  addContentType(element: string, test: RegExp): void {
    const types = this.text('[Content_Types].xml');
    if (test.test(types)) return;
    this.set('[Content_Types].xml', types.replace(/<\/(?:\w+:)?Types>\s*$/, `${element}$&`));
  }

  unused(pattern: (index: number) => string): string {
    for (let index = 1; ; index++) if (!this.has(pattern(index))) return pattern(index);
  }
}

/** The target of a relationship from one part to another, relative to the first part's folder. */
function relativeTarget(from: string, to: string): string {
  const fromFolder = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromFolder.length && fromFolder[common] === toParts[common]) common++;
  return [...fromFolder.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}
