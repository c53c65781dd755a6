import { attribute, scanXml, type XmlHandler, XmlError, XmlScanner } from './xml-scan';
import { type ZipEntry, inflateText } from './zip-directory';

/**
 * An Office file as the Open Packaging Conventions define it: parts in a zip, found through
 * relationship parts (`_rels/*.rels`) rather than by fixed names, since Excel, LibreOffice and the
 * Open XML SDK do not all name their parts alike.
 */

export interface Relationship {
  readonly id: string;
  /** The relationship type's last word: "worksheet", "table", "sharedStrings", "officeDocument"… */
  readonly type: string;
  /** The target part's name in the zip, resolved ("xl/worksheets/sheet1.xml"). */
  readonly target: string;
}

/** A part the package should hold and does not, or holds damaged. */
export class PackageError extends Error {
  constructor(readonly part: string) {
    super(`missing or damaged part ${part}`);
    this.name = 'PackageError';
  }
}

export class OfficePackage {
  constructor(
    readonly bytes: Uint8Array,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  /** The entry of a part, tolerating a leading "/" and a case that differs (zips written on Windows). */
  entry(name: string): ZipEntry | undefined {
    const bare = name.replace(/^\//, '');
    const found = this.entries.get(bare);
    if (found !== undefined) return found;
    const lower = bare.toLowerCase();
    for (const [key, entry] of this.entries) if (key.toLowerCase() === lower) return entry;
    return undefined;
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** Streams a part's text to a scanner-backed handler; a missing part is a PackageError. */
  readText(name: string, onText: (text: string) => void): void {
    const entry = this.entry(name);
    if (entry === undefined) throw new PackageError(name);
    inflateText(this.bytes, entry, onText);
  }

  /** Streams a part through the XML scanner to a handler. */
  scan(name: string, handler: XmlHandler): void {
    const scanner = new XmlScanner(handler);
    this.readText(name, (text) => scanner.write(text));
    scanner.end();
  }

  /** A small part's whole text. */
  text(name: string): string {
    let text = '';
    this.readText(name, (chunk) => (text += chunk));
    return text;
  }

  /** The relationships of a part ("" for the package's own), by id; none when it has no .rels part. */
  relationships(part: string): Relationship[] {
    const { folder, rels } = relationshipsPart(part);
    if (!this.has(rels)) return [];
    try {
      return readRelationships(this.text(rels), folder);
    } catch (error) {
      if (error instanceof XmlError) throw new PackageError(rels);
      throw error;
    }
  }
}

/** Where a part's relationships are kept (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`), and the folder their targets start from. */
export function relationshipsPart(part: string): { folder: string; rels: string } {
  const slash = part.lastIndexOf('/');
  const folder = slash < 0 ? '' : part.slice(0, slash + 1);
  return { folder, rels: `${folder}_rels/${part.slice(slash + 1)}.rels` };
}

/**
 * The relationships a .rels part lists, targets resolved from the source's folder; those to
 * something outside the package (TargetMode="External": a hyperlink) are left out, their ids put in
 * `externalIds` when given (a relationship added must not take one).
 */
export function readRelationships(xml: string, folder: string, externalIds?: string[]): Relationship[] {
  const found: Relationship[] = [];
  scanXml(xml, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attribute(attributes, 'Id') ?? '';
      if (attribute(attributes, 'TargetMode') === 'External') {
        externalIds?.push(id);
        return;
      }
      const type = (attribute(attributes, 'Type') ?? '').split('/').pop() ?? '';
      const target = attribute(attributes, 'Target');
      if (target !== undefined) found.push({ id, type, target: resolvePart(folder, target) });
    },
    close() {},
    text() {},
  });
  return found;
}

/** A relationship's target as a part name: relative to the source's folder, or absolute with "/". */
export function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const piece of decodeURIComponentSafe(path).split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
