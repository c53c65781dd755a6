import { parseA1, type Severity } from '../domain';
import { NOTE_HEADING, ourNoteSection, ourNoteSections } from '../workbook/our-marks';
import { type Parts, RELATIONSHIPS } from './package-edit';
import { decodeEntities, escapeXml } from './xml-scan';

/**
 * Our notes in a sheet's notes part, kept in step with the current marks: a note of ours on a cell
 * no longer flagged is taken out (the whole note when it was ours alone, our section only when it
 * sits below the officer's text), a note of ours on a cell still flagged is replaced, and a flagged
 * cell without one gets it, below the officer's own note when there is one. The officer's notes
 * and their text are left as they were.
 */

export interface NoteMark {
  readonly cell: string;
  readonly severity: Severity;
  readonly messages: readonly string[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const COMMENTS_TYPE = `${RELATIONSHIPS}/comments`;
const VML_TYPE = `${RELATIONSHIPS}/vmlDrawing`;

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

/** One text node of a note (a `<t>`), where it sits in the comment's XML and what it says. */
interface TextNode {
  readonly start: number;
  readonly end: number;
  /** The run (`<r>…</r>`) holding it, when it is in one: removed whole when its text goes. */
  readonly run: { start: number; end: number } | null;
  readonly open: string;
  readonly text: string;
}

function textNodes(xml: string, p: string): TextNode[] {
  // Phonetic runs (rPh) are no part of the text.
  const phonetic = [...xml.matchAll(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, 'g'))].map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length] as const);
  const runs = [...xml.matchAll(new RegExp(`<${p}r>[\\s\\S]*?</${p}r>|<${p}r\\s[\\s\\S]*?</${p}r>`, 'g'))].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  const nodes: TextNode[] = [];
  for (const match of xml.matchAll(new RegExp(`(<${p}t\\b[^>]*?)(?:/>|>([\\s\\S]*?)</${p}t>)`, 'g'))) {
    const start = match.index ?? 0;
    if (phonetic.some(([from, to]) => start >= from && start < to)) continue;
    const run = runs.find((candidate) => start >= candidate.start && start < candidate.end) ?? null;
    nodes.push({ start, end: start + match[0].length, run, open: match[1] ?? `<${p}t`, text: decodeEntities(match[2] ?? '') });
  }
  return nodes;
}

/**
 * A comment's inner `<text>` XML with these ranges of its plain text cut out: text nodes keep their
 * bytes unless a range touches them, and a run whose text is cut out entirely goes.
 */
function cutText(xml: string, p: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  const nodes = textNodes(xml, p);
  let out = xml;
  let offset = 0;
  const edits: Array<{ from: number; to: number; with: string }> = [];
  for (const node of nodes) {
    const from = offset;
    const to = offset + node.text.length;
    offset = to;
    const cuts = ranges.filter((range) => range.start < to && range.end > from);
    if (cuts.length === 0) continue;
    let text = '';
    for (let index = 0; index < node.text.length; index++) {
      const at = from + index;
      if (!cuts.some((range) => at >= range.start && at < range.end)) text += node.text[index];
    }
    if (text === '' && node.run !== null) edits.push({ from: node.run.start, to: node.run.end, with: '' });
    else {
      const open = /xml:space=/.test(node.open) ? node.open : `${node.open} xml:space="preserve"`;
      edits.push({ from: node.start, to: node.end, with: `${open}>${escapeXml(text)}</${p}t>` });
    }
  }
  // From the end, so that earlier positions hold; a run removed whole covers its text node's edit.
  edits.sort((a, b) => b.from - a.from);
  let floor = Infinity;
  for (const edit of edits) {
    if (edit.to > floor) continue;
    out = out.slice(0, edit.from) + edit.with + out.slice(edit.to);
    floor = edit.from;
  }
  return out;
}

/** A run of ours, in the small type Excel uses for notes. */
function ourRun(p: string, text: string): string {
  return `<${p}r><${p}rPr><${p}sz val="9"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}r>`;
}

/** The plain text of a comment's inner `<text>` XML. */
function plainText(xml: string, p: string): string {
  return textNodes(xml, p)
    .map((node) => node.text)
    .join('');
}

/**
 * Brings a sheet's notes in step with its marks. Returns the cells whose note of ours was taken
 * out or replaced: the cells marked by us when the file came in.
 */
export function syncNotes(parts: Parts, sheetPart: string, marks: readonly NoteMark[]): Set<string> {
  const rels = parts.rels(sheetPart);
  const existingPart = rels.list.find((rel) => rel.type === 'comments')?.target;
  const hasPart = existingPart !== undefined && parts.has(existingPart);
  const wasMarked = new Set<string>();
  if (!hasPart && marks.length === 0) return wasMarked;
  let comments = hasPart ? parts.text(existingPart) : '';
  if (hasPart && marks.length === 0 && !comments.includes(NOTE_HEADING)) return wasMarked;

  const byCell = new Map(marks.map((mark) => [mark.cell, mark]));
  let commentsPart = existingPart;
  if (!hasPart) {
    commentsPart = parts.unused((index) => `xl/comments${index}.xml`);
    comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;
    parts.addRel(rels, COMMENTS_TYPE, commentsPart, sheetPart);
    parts.addContentType(`<Override PartName="/${commentsPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`, new RegExp(`PartName="/${commentsPart}"`));
  }
  const p = /<(\w+:)?comments\b/.exec(comments)?.[1] ?? '';

  // Notes already there: ours taken out or replaced, the officer's given our section below theirs.
  const noted = new Set<string>();
  const removedShapes: Array<{ row: number; column: number }> = [];
  const comment = new RegExp(`<${p}comment\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}comment>)`, 'g');
  comments = comments.replace(comment, (whole, attributes: string, inner: string | undefined) => {
    const ref = /\bref="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const cell = ref.split(':')[0]?.toUpperCase() ?? '';
    noted.add(cell);
    const textMatch = inner === undefined ? null : new RegExp(`(<${p}text\\b[^>]*>)([\\s\\S]*?)(</${p}text>)`).exec(inner);
    const textXml = textMatch?.[2] ?? '';
    const text = plainText(textXml, p);
    const sections = ourNoteSections(text);
    const mark = byCell.get(cell);
    if (sections.length === 0 && mark === undefined) return whole;
    if (sections.length > 0) wasMarked.add(cell);
    let kept = sections.length === 0 ? textXml : cutText(textXml, p, sections);
    const left = plainText(kept, p);
    if (mark === undefined) {
      if (left.trim() !== '') return whole.replace(textXml, () => kept);
      const at = parseA1(cell);
      if (at !== null) removedShapes.push(at);
      return '';
    }
    // A note that was ours alone is ours again; below the officer's text, our section follows it.
    kept = left.trim() === '' ? ourRun(p, ourNoteSection(mark.messages)) : `${kept}${ourRun(p, `\n\n${ourNoteSection(mark.messages)}`)}`;
    return textMatch === null ? `<${p}comment${attributes}><${p}text>${kept}</${p}text></${p}comment>` : whole.replace(textMatch[0], () => `${textMatch[1]}${kept}${textMatch[3]}`);
  });

  // New notes of ours.
  const added = marks.filter((mark) => !noted.has(mark.cell.toUpperCase()));
  if (added.length > 0) {
    const authors = [...comments.matchAll(new RegExp(`<${p}author>([\\s\\S]*?)</${p}author>`, 'g'))].map((match) => decodeEntities(match[1] ?? ''));
    let authorId = authors.indexOf(NOTE_HEADING);
    if (authorId < 0) {
      authorId = authors.length;
      comments = new RegExp(`<${p}authors\\s*/>`).test(comments)
        ? comments.replace(new RegExp(`<${p}authors\\s*/>`), `<${p}authors><${p}author>${NOTE_HEADING}</${p}author></${p}authors>`)
        : comments.replace(`</${p}authors>`, `<${p}author>${NOTE_HEADING}</${p}author></${p}authors>`);
    }
    const xml = added.map((mark) => `<${p}comment ref="${mark.cell}" authorId="${authorId}"><${p}text>${ourRun(p, ourNoteSection(mark.messages))}</${p}text></${p}comment>`).join('');
    comments = new RegExp(`<${p}commentList\\s*/>`).test(comments)
      ? comments.replace(new RegExp(`<${p}commentList\\s*/>`), () => `<${p}commentList>${xml}</${p}commentList>`)
      : comments.replace(`</${p}commentList>`, () => `${xml}</${p}commentList>`);
  }
  parts.set(commentsPart as string, comments);
  syncShapes(parts, sheetPart, added, removedShapes);
  return wasMarked;
}

/** Excel draws notes from the sheet's legacy (VML) drawing: one shape per note, added or taken out with it. */
function syncShapes(parts: Parts, sheetPart: string, added: readonly NoteMark[], removed: ReadonlyArray<{ row: number; column: number }>): void {
  if (added.length === 0 && removed.length === 0) return;
  const rels = parts.rels(sheetPart);
  let vmlPart = rels.list.find((rel) => rel.type === 'vmlDrawing')?.target;
  let vml: string;
  if (vmlPart === undefined || !parts.has(vmlPart)) {
    if (added.length === 0) return;
    let sheetXml = parts.text(sheetPart);
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
    if (added.length > 0 && !vml.includes('_x0000_t202')) vml = vml.replace(/<\/xml>\s*$/, `${SHAPE_TYPE}$&`);
  }
  if (removed.length > 0) {
    vml = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
      if (!/ObjectType="Note"/.test(shape)) return shape;
      const row = Number(/<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1]);
      const column = Number(/<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1]);
      return removed.some((cell) => cell.row === row && cell.column === column) ? '' : shape;
    });
  }
  let nextId = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((match) => Number(match[1]))) + 1;
  const shapes = added.map((mark) => {
    const cell = parseA1(mark.cell) ?? { row: 0, column: 0 };
    return noteShape(nextId++, cell.row, cell.column);
  });
  parts.set(vmlPart, vml.replace(/<\/xml>\s*$/, `${shapes.join('')}$&`));
}
