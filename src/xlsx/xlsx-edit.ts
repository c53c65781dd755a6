import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { a1, type CellValue, excelSerial, isCellDate, isCellError, parseA1, type Severity } from '../domain';
import { FLAG_COLOURS } from '../workbook/flag-colours';
import { moveFormula } from './formula-text';
import { resolvePart } from './package-parts';
import { attribute } from './xml-scan';

/**
 * Writes the officer's workbook back with their edits and our marks, touching nothing else: the
 * file's parts are patched where they must change (a cell's value or formula, a cell's style for
 * a mark's fill, the sheet's notes), and every other part is kept as it was read — formats, widths,
 * merges, validations, the officer's conditional formats and notes, charts, names, whatever the
 * writer put there. A library that rebuilds the workbook from its own model loses what it does not
 * model; this never reads what it does not change.
 */

export interface CellWrite {
  /** The value the cell shows: for a formula, its result as computed (written as the cached value). */
  readonly value: CellValue;
  /** The formula without "=", or null for a plain value. */
  readonly formula: string | null;
}

/** A flag to write into a workbook file: the cell's fill, and a note with the messages. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly messages: readonly string[];
}

export interface WorkbookPatch {
  /** By sheet name, then A1 address: cells whose value or formula is written. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, CellWrite>>;
  readonly marks: readonly CellMark[];
}

const NOTE_AUTHOR = 'Convention Budget';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const COMMENTS_TYPE = `${RELATIONSHIPS}/comments`;
const VML_TYPE = `${RELATIONSHIPS}/vmlDrawing`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A part's relationships: id, type and resolved target, and the part's raw text to patch. */
interface Rels {
  readonly name: string;
  xml: string;
  readonly list: Array<{ id: string; type: string; target: string }>;
}

class Parts {
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
    const slash = part.lastIndexOf('/');
    const folder = slash < 0 ? '' : part.slice(0, slash + 1);
    const name = `${folder}_rels/${part.slice(slash + 1)}.rels`;
    const xml = this.has(name) ? this.text(name) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`;
    const list: Rels['list'] = [];
    for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const attributes = match[1] ?? '';
      const target = attribute(attributes, 'Target');
      if (target === undefined || attribute(attributes, 'TargetMode') === 'External') continue;
      list.push({ id: attribute(attributes, 'Id') ?? '', type: attribute(attributes, 'Type') ?? '', target: resolvePart(folder, target) });
    }
    return { name, xml, list };
  }

  /** Adds a relationship; returns its id. */
  addRel(rels: Rels, type: string, target: string, from: string): string {
    const used = new Set(rels.list.map((rel) => rel.id));
    let index = rels.list.length + 1;
    while (used.has(`rId${index}`)) index++;
    const id = `rId${index}`;
    rels.xml = rels.xml.replace(/<\/(?:\w+:)?Relationships>\s*$/, `<Relationship Id="${id}" Type="${type}" Target="${relativeTarget(from, target)}"/>$&`);
    rels.list.push({ id, type, target });
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

/** Each worksheet's part, by sheet name. */
function sheetParts(parts: Parts): { workbookPart: string; sheets: Map<string, string> } {
  const root = parts.rels('').list.find((rel) => rel.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const rels = parts.rels(root).list;
  const sheets = new Map<string, string>();
  for (const match of parts.text(root).matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attributes = match[1] ?? '';
    const name = attribute(attributes, 'name');
    const target = rels.find((rel) => rel.id === attribute(attributes, 'id'))?.target;
    if (name !== undefined && target !== undefined) sheets.set(name, target);
  }
  return { workbookPart: root, sheets };
}

/** Adds the fills and cell formats our marks need; returns the new style index for (old style, severity). */
class StylePatch {
  private readonly made = new Map<string, number>();
  private fills: string[] = [];
  private xfs: string[] = [];
  private baseFillCount = 0;
  private baseXfs: string[] = [];
  private readonly prefix: string;
  private readonly fillIds = new Map<Severity, number>();

  constructor(private xml: string) {
    this.prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? '';
    const fills = new RegExp(`<${this.prefix}fills\\b[^>]*?(?:/>|>([\\s\\S]*?)</${this.prefix}fills>)`).exec(xml);
    this.baseFillCount = fills?.[1] === undefined ? 0 : [...fills[1].matchAll(new RegExp(`<${this.prefix}fill\\b`, 'g'))].length;
    const xfs = new RegExp(`<${this.prefix}cellXfs\\b[^>]*?(?:/>|>([\\s\\S]*?)</${this.prefix}cellXfs>)`).exec(xml);
    this.baseXfs = xfs?.[1] === undefined ? [] : [...xfs[1].matchAll(new RegExp(`<${this.prefix}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${this.prefix}xf>)`, 'g'))].map((match) => match[0]);
  }

  styleFor(style: number, severity: Severity): number {
    const key = `${style}:${severity}`;
    const found = this.made.get(key);
    if (found !== undefined) return found;
    let fillId = this.fillIds.get(severity);
    if (fillId === undefined) {
      fillId = this.baseFillCount + this.fills.length;
      const argb = `FF${FLAG_COLOURS[severity].fill.replace('#', '').toUpperCase()}`;
      const p = this.prefix;
      this.fills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
      this.fillIds.set(severity, fillId);
    }
    const base = this.baseXfs[style] ?? this.baseXfs[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const xf = base
      .replace(/\sfillId="\d+"/, '')
      .replace(/\sapplyFill="[^"]*"/, '')
      .replace(new RegExp(`^<${this.prefix}xf\\b`), `<${this.prefix}xf fillId="${fillId}" applyFill="1"`);
    const index = this.baseXfs.length + this.xfs.length;
    this.xfs.push(xf);
    this.made.set(key, index);
    return index;
  }

  /** The styles part with what was added, or null when nothing was. */
  result(): string | null {
    if (this.xfs.length === 0) return null;
    const p = this.prefix;
    let xml = this.xml;
    const addTo = (element: string, items: string[], total: number) => {
      const open = new RegExp(`<${p}${element}\\b([^>]*?)(/?)>`);
      const match = open.exec(xml);
      if (match === null) {
        xml = xml.replace(new RegExp(`<${p}styleSheet\\b[^>]*>`), `$&<${p}${element} count="${total}">${items.join('')}</${p}${element}>`);
        return;
      }
      const attributes = (match[1] ?? '').replace(/\scount="\d+"/, '');
      if (match[2] === '/') {
        xml = xml.replace(open, `<${p}${element}${attributes} count="${total}">${items.join('')}</${p}${element}>`);
      } else {
        xml = xml.replace(open, `<${p}${element}${attributes} count="${total}">`).replace(`</${p}${element}>`, `${items.join('')}</${p}${element}>`);
      }
    };
    if (this.fills.length > 0) addTo('fills', this.fills, this.baseFillCount + this.fills.length);
    addTo('cellXfs', this.xfs, this.baseXfs.length + this.xfs.length);
    return xml;
  }
}

/** A cell element written anew: its formula, its value, its style kept. */
function cellXml(prefix: string, address: string, keptAttributes: string, write: CellWrite): string {
  const p = prefix;
  const value = write.value;
  const formula = write.formula === null ? '' : `<${p}f>${escapeXml(write.formula)}</${p}f>`;
  let type = '';
  let content = '';
  if (value === null) {
    content = '';
  } else if (typeof value === 'number') {
    content = `<${p}v>${value}</${p}v>`;
  } else if (typeof value === 'boolean') {
    type = ' t="b"';
    content = `<${p}v>${value ? 1 : 0}</${p}v>`;
  } else if (typeof value === 'string') {
    if (write.formula !== null) {
      type = ' t="str"';
      content = `<${p}v>${escapeXml(value)}</${p}v>`;
    } else {
      type = ' t="inlineStr"';
      content = `<${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is>`;
    }
  } else if (isCellError(value)) {
    type = ' t="e"';
    content = `<${p}v>${escapeXml(value.code)}</${p}v>`;
  } else if (isCellDate(value)) {
    content = `<${p}v>${excelSerial(value.iso)}</${p}v>`;
  }
  const inner = formula + content;
  return inner === '' ? `<${p}c r="${address}"${keptAttributes}${type}/>` : `<${p}c r="${address}"${keptAttributes}${type}>${inner}</${p}c>`;
}

/** The attributes of a cell element other than its reference and type (its style, say). */
function keptAttributes(attributes: string, style: number | null): string {
  let kept = attributes.replace(/\s(?:[\w.-]+:)?r="[^"]*"/, '').replace(/\s(?:[\w.-]+:)?t="[^"]*"/, '').replace(/\s+$/, '');
  if (style !== null) kept = `${kept.replace(/\s(?:[\w.-]+:)?s="[^"]*"/, '')} s="${style}"`;
  return kept;
}

interface CellTarget {
  write?: CellWrite;
  severity?: Severity;
}

function columnOfReference(reference: string): number {
  return parseA1(reference)?.column ?? -1;
}

/** The sheet's XML with its edited and marked cells rewritten, and nothing else changed. */
function patchSheet(xml: string, targets: Map<number, Map<number, CellTarget>>, styles: StylePatch | null): string {
  const prefix = /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? '';
  const p = prefix;
  const rowPattern = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, 'g');
  const cellPattern = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g');
  const sharedText = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`);
  const styleOf = (attributes: string) => Number(attribute(attributes, 's') ?? 0) || 0;
  /** Shared formulas whose first cell is rewritten: their other cells get their own formula. */
  const orphaned = new Map<string, { text: string; row: number; column: number }>();

  const rewriteCell = (address: string, row: number, column: number, attributes: string, content: string | null, target: CellTarget): string => {
    const style = target.severity !== undefined && styles !== null ? styles.styleFor(styleOf(attributes), target.severity) : null;
    if (target.write !== undefined) {
      const f = content === null ? null : sharedText.exec(content);
      if (f !== null && attribute(f[1] ?? '', 't') === 'shared' && (f[2] ?? '') !== '') orphaned.set(attribute(f[1] ?? '', 'si') ?? '', { text: f[2] ?? '', row, column });
      return cellXml(p, address, keptAttributes(attributes, style), target.write);
    }
    const kept = keptAttributes(attributes, style);
    const type = attribute(attributes, 't');
    const typed = type === undefined ? '' : ` t="${type}"`;
    return content === null ? `<${p}c r="${address}"${kept}${typed}/>` : `<${p}c r="${address}"${kept}${typed}>${content}</${p}c>`;
  };

  const rewriteRow = (row: number, content: string, wanted: Map<number, CellTarget>): string => {
    const pending = new Map(wanted);
    let column = -1;
    let out = '';
    let last = 0;
    for (const match of content.matchAll(cellPattern)) {
      const attributes = match[1] ?? '';
      const reference = attribute(attributes, 'r');
      column = reference === undefined ? column + 1 : columnOfReference(reference);
      // Cells we add go before the first cell to their right.
      for (const [wantedColumn, target] of [...pending].sort((a, b) => a[0] - b[0])) {
        if (wantedColumn >= column) break;
        out += content.slice(last, match.index) + rewriteCell(a1(row, wantedColumn), row, wantedColumn, '', null, target);
        last = match.index ?? last;
        pending.delete(wantedColumn);
      }
      const target = pending.get(column);
      if (target === undefined) continue;
      out += content.slice(last, match.index) + rewriteCell(a1(row, column), row, column, attributes, match[2] ?? null, target);
      last = (match.index ?? 0) + match[0].length;
      pending.delete(column);
    }
    out += content.slice(last);
    for (const [wantedColumn, target] of [...pending].sort((a, b) => a[0] - b[0])) out += rewriteCell(a1(row, wantedColumn), row, wantedColumn, '', null, target);
    return out;
  };

  const open = new RegExp(`<${p}sheetData\\b([^>]*?)(/?)>`).exec(xml);
  if (open === null) return xml;
  const dataStart = open.index + open[0].length;
  const dataEnd = open[2] === '/' ? dataStart : xml.indexOf(`</${p}sheetData>`, dataStart);
  const data = xml.slice(dataStart, dataEnd);
  const pendingRows = new Map(targets);
  let row = -1;
  let out = '';
  let last = 0;
  const newRow = (number: number, wanted: Map<number, CellTarget>) => `<${p}row r="${number + 1}">${rewriteRow(number, '', wanted)}</${p}row>`;
  for (const match of data.matchAll(rowPattern)) {
    const attributes = match[1] ?? '';
    const r = Number(attribute(attributes, 'r'));
    row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
    for (const [wantedRow, wanted] of [...pendingRows].sort((a, b) => a[0] - b[0])) {
      if (wantedRow >= row) break;
      out += data.slice(last, match.index) + newRow(wantedRow, wanted);
      last = match.index ?? last;
      pendingRows.delete(wantedRow);
    }
    const wanted = pendingRows.get(row);
    if (wanted === undefined) continue;
    const content = match[2] ?? '';
    const rowAttributes = attribute(attributes, 'r') === undefined ? `${attributes} r="${row + 1}"` : attributes;
    out += data.slice(last, match.index) + `<${p}row${rowAttributes}>${rewriteRow(row, content, wanted)}</${p}row>`;
    last = (match.index ?? 0) + match[0].length;
    pendingRows.delete(row);
  }
  out += data.slice(last);
  for (const [wantedRow, wanted] of [...pendingRows].sort((a, b) => a[0] - b[0])) out += newRow(wantedRow, wanted);
  let result = open[2] === '/' ? `${xml.slice(0, open.index)}<${p}sheetData${open[1] ?? ''}>${out}</${p}sheetData>${xml.slice(dataStart)}` : xml.slice(0, dataStart) + out + xml.slice(dataEnd);
  if (orphaned.size > 0) result = writeOutSharedFormulas(result, p, orphaned);
  return result;
}

/** The other cells of shared formulas whose first cell was rewritten: each gets its formula written out. */
function writeOutSharedFormulas(xml: string, p: string, orphaned: Map<string, { text: string; row: number; column: number }>): string {
  let row = -1;
  return xml.replace(new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, 'g'), (whole, attributes: string, content: string | undefined) => {
    const r = Number(attribute(attributes, 'r'));
    row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
    if (content === undefined || !content.includes('t="shared"')) return whole;
    let column = -1;
    const cells = content.replace(new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, 'g'), (cell, cellAttributes: string, inner: string | undefined) => {
      const reference = attribute(cellAttributes, 'r');
      column = reference === undefined ? column + 1 : columnOfReference(reference);
      if (inner === undefined) return cell;
      const formula = new RegExp(`<${p}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}f>)`).exec(inner);
      if (formula === null || attribute(formula[1] ?? '', 't') !== 'shared') return cell;
      const first = orphaned.get(attribute(formula[1] ?? '', 'si') ?? '');
      if (first === undefined) return cell;
      const text = (formula[2] ?? '') !== '' ? (formula[2] ?? '') : moveFormula(first.text, row - first.row, column - first.column);
      return cell.replace(formula[0], `<${p}f>${text}</${p}f>`);
    });
    return whole.replace(content, cells);
  });
}

/** The VML shape Excel draws a note with. */
function noteShape(id: number, row: number, column: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column + 1}, 15, ${Math.max(0, row - 1)}, 10, ${column + 5}, 15, ${row + 5}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** Adds our notes to a sheet: to the officer's note on a cell, below it; elsewhere, notes of ours. */
function addNotes(parts: Parts, sheetPart: string, marks: readonly CellMark[]): void {
  if (marks.length === 0) return;
  const rels = parts.rels(sheetPart);
  const ourText = (mark: CellMark) => `${NOTE_AUTHOR}\n${mark.messages.map((message) => `• ${message}`).join('\n')}`;
  let commentsPart = rels.list.find((rel) => rel.type === COMMENTS_TYPE || rel.type.endsWith('/comments'))?.target;
  let comments: string;
  if (commentsPart === undefined || !parts.has(commentsPart)) {
    commentsPart = parts.unused((index) => `xl/comments${index}.xml`);
    comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;
    parts.addRel(rels, COMMENTS_TYPE, commentsPart, sheetPart);
    parts.addContentType(`<Override PartName="/${commentsPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`, new RegExp(`PartName="/${commentsPart}"`));
  } else {
    comments = parts.text(commentsPart);
  }
  const p = /<(\w+:)?comments\b/.exec(comments)?.[1] ?? '';
  // Our author, once.
  const authors = [...comments.matchAll(new RegExp(`<${p}author>([\\s\\S]*?)</${p}author>`, 'g'))].map((match) => match[1]);
  let authorId = authors.indexOf(NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    comments = /<(\w+:)?authors\s*\/>/.test(comments)
      ? comments.replace(/<(\w+:)?authors\s*\/>/, `<${p}authors><${p}author>${NOTE_AUTHOR}</${p}author></${p}authors>`)
      : comments.replace(`</${p}authors>`, `<${p}author>${NOTE_AUTHOR}</${p}author></${p}authors>`);
  }
  const added: CellMark[] = [];
  for (const mark of marks) {
    const existing = new RegExp(`(<${p}comment\\b[^>]*\\bref="${mark.cell}"[^>]*>[\\s\\S]*?)(</${p}text>)`).exec(comments);
    const run = `<${p}r><${p}rPr><${p}sz val="9"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(ourText(mark))}</${p}t></${p}r>`;
    if (existing !== null) {
      // The officer's note is kept, ours written below it.
      const below = run.replace(`xml:space="preserve">`, `xml:space="preserve">\n\n`);
      comments = comments.replace(existing[0], `${existing[1]}${below}${existing[2]}`);
    } else {
      const comment = `<${p}comment ref="${mark.cell}" authorId="${authorId}"><${p}text>${run}</${p}text></${p}comment>`;
      comments = /<(\w+:)?commentList\s*\/>/.test(comments) ? comments.replace(/<(\w+:)?commentList\s*\/>/, `<${p}commentList>${comment}</${p}commentList>`) : comments.replace(`</${p}commentList>`, `${comment}</${p}commentList>`);
      added.push(mark);
    }
  }
  parts.set(commentsPart, comments);
  if (added.length === 0) return;

  // Excel draws notes from the sheet's legacy (VML) drawing: one shape per new note.
  let vmlPart = rels.list.find((rel) => rel.type === VML_TYPE || rel.type.endsWith('/vmlDrawing'))?.target;
  let vml: string;
  let sheetXml = parts.text(sheetPart);
  if (vmlPart === undefined || !parts.has(vmlPart)) {
    vmlPart = parts.unused((index) => `xl/drawings/vmlDrawing${index}.vml`);
    const idmap = Object.keys(parts.files).filter((name) => name.endsWith('.vml')).length + 1;
    vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPE_TYPE}</xml>`;
    const id = parts.addRel(rels, VML_TYPE, vmlPart, sheetPart);
    parts.addContentType('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>', /Extension="vml"/i);
    const sp = /<(\w+:)?worksheet\b/.exec(sheetXml)?.[1] ?? '';
    if (!/xmlns:r="/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('worksheet'))))) {
      sheetXml = sheetXml.replace(new RegExp(`<${sp}worksheet\\b`), `$& xmlns:r="${RELATIONSHIPS}"`);
    }
    // The schema's order: legacyDrawing comes before these.
    const after = new RegExp(`<${sp}(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\\b|</${sp}worksheet>`).exec(sheetXml);
    if (after !== null) sheetXml = `${sheetXml.slice(0, after.index)}<${sp}legacyDrawing r:id="${id}"/>${sheetXml.slice(after.index)}`;
    parts.set(sheetPart, sheetXml);
  } else {
    vml = parts.text(vmlPart);
    if (!vml.includes('_x0000_t202')) vml = vml.replace(/<\/xml>\s*$/, `${SHAPE_TYPE}$&`);
  }
  let nextId = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((match) => Number(match[1]))) + 1;
  const shapes = added.map((mark) => {
    const cell = parseA1(mark.cell) ?? { row: 0, column: 0 };
    return noteShape(nextId++, cell.row, cell.column);
  });
  parts.set(vmlPart, vml.replace(/<\/xml>\s*$/, `${shapes.join('')}$&`));
}

/** Sets the workbook to recalculate on opening: a value we wrote changes what formulas show. */
function recalculateOnLoad(parts: Parts, workbookPart: string): void {
  let xml = parts.text(workbookPart);
  const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const calc = new RegExp(`<${p}calcPr\\b([^>]*?)(/?)>`).exec(xml);
  if (calc !== null) {
    const attributes = (calc[1] ?? '').replace(/\sfullCalcOnLoad="[^"]*"/, '');
    xml = xml.replace(calc[0], `<${p}calcPr${attributes} fullCalcOnLoad="1"${calc[2]}>`);
  } else {
    const after = new RegExp(`<${p}(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${p}workbook>`).exec(xml);
    if (after !== null) xml = `${xml.slice(0, after.index)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(after.index)}`;
  }
  parts.set(workbookPart, xml);
  // Excel's calculation chain may name cells that no longer hold a formula: dropped, Excel rebuilds it.
  const chain = parts.rels(workbookPart).list.find((rel) => rel.type.endsWith('/calcChain'));
  if (chain !== undefined && parts.has(chain.target)) {
    delete parts.files[chain.target];
    const rels = parts.rels(workbookPart);
    parts.set(rels.name, rels.xml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*Id="${chain.id}"[^>]*/>`), ''));
    parts.set('[Content_Types].xml', parts.text('[Content_Types].xml').replace(new RegExp(`<Override\\b[^>]*PartName="/${chain.target}"[^>]*/>`), ''));
  }
}

/** The workbook file with the patch applied; every part the patch does not concern is kept as it was. */
export function patchXlsx(bytes: Uint8Array, patch: WorkbookPatch): Uint8Array {
  const parts = new Parts(unzipSync(bytes));
  const { workbookPart, sheets } = sheetParts(parts);
  const stylesTarget = parts.rels(workbookPart).list.find((rel) => rel.type.endsWith('/styles'))?.target;
  const styles = patch.marks.length > 0 && stylesTarget !== undefined && parts.has(stylesTarget) ? new StylePatch(parts.text(stylesTarget)) : null;
  const touched = new Set([...patch.cells.keys(), ...patch.marks.map((mark) => mark.sheet)]);
  for (const sheet of touched) {
    const part = sheets.get(sheet);
    if (part === undefined || !parts.has(part)) continue;
    const targets = new Map<number, Map<number, CellTarget>>();
    const target = (address: string) => {
      const cell = parseA1(address);
      if (cell === null) return null;
      const row = targets.get(cell.row) ?? new Map<number, CellTarget>();
      targets.set(cell.row, row);
      const entry = row.get(cell.column) ?? {};
      row.set(cell.column, entry);
      return entry;
    };
    for (const [address, write] of patch.cells.get(sheet) ?? []) {
      const entry = target(address);
      if (entry !== null) entry.write = write;
    }
    const marks = patch.marks.filter((mark) => mark.sheet === sheet);
    for (const mark of marks) {
      const entry = target(mark.cell);
      if (entry !== null) entry.severity = mark.severity;
    }
    parts.set(part, patchSheet(parts.text(part), targets, styles));
    addNotes(parts, part, marks);
  }
  const stylesXml = styles?.result() ?? null;
  if (stylesXml !== null && stylesTarget !== undefined) parts.set(stylesTarget, stylesXml);
  if ([...patch.cells.values()].some((cells) => cells.size > 0)) recalculateOnLoad(parts, workbookPart);
  return zipSync(parts.files, { level: 6 });
}
