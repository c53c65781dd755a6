import { type Unit, unitsOf, unitText } from './docx-text';
import { childNamed, escapeXmlAttribute, escapeXmlText, type XmlElement } from './xml-tree';

/**
 * Paragraphs rewritten as tracked changes, the way Word records an edit made with "Suivi des
 * modifications" on: the words that go are wrapped in `w:del` (their `w:t` become `w:delText`), the
 * new ones come in `w:ins` runs that take the formatting of the text before them, and a paragraph
 * removed or joined to the next has its mark deleted. Runs split mid-word, bookmarks, proofing marks,
 * a field (kept whole, or deleted whole with its code), hyperlinks and other authors' insertions are
 * rebuilt in place; other authors' deletions and everything else are copied as written.
 */

/** Who and when: one author and date for the whole write, and ids unique in the document. */
export class Revision {
  private next: number;
  constructor(
    readonly author: string,
    readonly date: string,
    firstId: number,
  ) {
    this.next = firstId;
  }

  /** The attributes of one w:ins or w:del, with its prefix ("w:"). */
  attributes(prefix: string): string {
    return `${prefix}id="${this.next++}" ${prefix}author="${escapeXmlAttribute(this.author)}" ${prefix}date="${this.date}"`;
  }
}

const THROUGH = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'dir', 'bdo']);

/** "w:" for `w:p`, "" for a default namespace. */
export function prefixOf(element: XmlElement): string {
  const colon = element.name.indexOf(':');
  return colon < 0 ? '' : element.name.slice(0, colon + 1);
}

interface Plan {
  readonly deleted: Set<Unit>;
  readonly after: Map<Unit, string>;
  readonly before: Map<Unit, string>;
  readonly atEnd: Map<XmlElement, string>;
  readonly deleteMark: Set<XmlElement>;
}

/**
 * Amounts whole (« 1 745 883 »), words, spaces and single signs: a change of amount reads « 1 745 883
 * EUR » → « 1 645 883 € », not digit group by digit group.
 */
const TOKEN = /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

interface OldToken {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

function oldTokens(units: readonly Unit[]): OldToken[] {
  const tokens: OldToken[] = [];
  let at = 0;
  while (at < units.length) {
    const unit = units[at] as Unit;
    if (unit.kind === 'mark') {
      // Never equal to anything: joining two paragraphs always deletes the mark between them.
      tokens.push({ text: '\u0000', from: at, to: at + 1 });
      at++;
      continue;
    }
    if (unit.kind === 'field') {
      if (unit.text !== '') tokens.push({ text: unit.text, from: at, to: at + 1 });
      at++;
      continue;
    }
    let end = at;
    let text = '';
    while (end < units.length && (units[end] as Unit).kind === 'char') {
      text += unitText(units[end] as Unit);
      end++;
    }
    for (const match of text.matchAll(TOKEN)) tokens.push({ text: match[0], from: at + match.index, to: at + match.index + match[0].length });
    at = end;
  }
  return tokens;
}

type Step = { readonly op: 'equal'; readonly a: number } | { readonly op: 'delete'; readonly a: number } | { readonly op: 'insert'; readonly text: string };

/** The longest common subsequence of tokens, as steps; a changed stretch deletes first, then inserts. */
function diff(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? (table[(i + 1) * (m + 1) + j + 1] as number) + 1 : Math.max(table[(i + 1) * (m + 1) + j] as number, table[i * (m + 1) + j + 1] as number);
    }
  }
  const steps: Step[] = [];
  let deletes: Step[] = [];
  let inserts: Step[] = [];
  const flush = () => {
    steps.push(...deletes, ...inserts);
    deletes = [];
    inserts = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      steps.push({ op: 'equal', a: i });
      i++;
      j++;
    } else if (j < m && (i === n || (table[i * (m + 1) + j + 1] as number) >= (table[(i + 1) * (m + 1) + j] as number))) {
      inserts.push({ op: 'insert', text: b[j] as string });
      j++;
    } else {
      deletes.push({ op: 'delete', a: i });
      i++;
    }
  }
  flush();
  return coalesce(steps, a);
}

/** A lone space kept between two changes reads better replaced with them: « 70 854 » → « 75 000 » as one change. */
function coalesce(steps: readonly Step[], a: readonly string[]): Step[] {
  const out: Step[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const previous = steps[index - 1];
    const next = steps[index + 1];
    if (step.op === 'equal' && /^\s+$/.test(a[step.a] as string) && previous !== undefined && previous.op !== 'equal' && next !== undefined && next.op !== 'equal') {
      out.push({ op: 'delete', a: step.a }, { op: 'insert', text: a[step.a] as string });
    } else out.push(step);
  }
  // Regroup each changed stretch: its deletions, then its insertions.
  const grouped: Step[] = [];
  let stretch: Step[] = [];
  const flush = () => {
    grouped.push(...stretch.filter((step) => step.op === 'delete'), ...stretch.filter((step) => step.op === 'insert'));
    stretch = [];
  };
  for (const step of out) {
    if (step.op === 'equal') {
      flush();
      grouped.push(step);
    } else stretch.push(step);
  }
  flush();
  return grouped;
}

function emptyPlan(): Plan {
  return { deleted: new Set(), after: new Map(), before: new Map(), atEnd: new Map(), deleteMark: new Set() };
}

/**
 * Plans the rewrite of paragraphs read as one into `text`: the marks between them deleted, the words
 * that differ deleted and inserted. An empty text deletes the paragraphs whole, their marks included.
 */
function planRewrite(xml: string, paragraphs: readonly XmlElement[], text: string, plan: Plan, removeWhole: boolean): void {
  const units: Unit[] = [];
  paragraphs.forEach((paragraph, index) => {
    units.push(...unitsOf(xml, paragraph));
    if (index < paragraphs.length - 1 || removeWhole) {
      plan.deleteMark.add(paragraph);
      if (index < paragraphs.length - 1) units.push({ kind: 'mark', paragraph });
    }
  });
  const tokens = oldTokens(units);
  const steps = diff(
    tokens.map((token) => token.text),
    text.match(TOKEN) ?? [],
  );
  let position = 0;
  const insertions = new Map<number, string>();
  for (const step of steps) {
    if (step.op === 'insert') {
      insertions.set(position, (insertions.get(position) ?? '') + step.text);
      continue;
    }
    const token = tokens[step.a] as OldToken;
    if (step.op === 'delete') for (let at = token.from; at < token.to; at++) plan.deleted.add(units[at] as Unit);
    position = token.to;
  }
  for (const [at, inserted] of insertions) {
    const previous = units[at - 1];
    const next = units[at];
    if (previous !== undefined && previous.kind !== 'mark') plan.after.set(previous, (plan.after.get(previous) ?? '') + inserted);
    else if (next !== undefined && next.kind !== 'mark') plan.before.set(next, inserted + (plan.before.get(next) ?? ''));
    else {
      // No text to lean on: at the end of the paragraph the position falls in.
      const paragraph = previous?.kind === 'mark' ? (paragraphs[paragraphs.indexOf(previous.paragraph) + 1] as XmlElement) : (paragraphs[paragraphs.length - 1] as XmlElement);
      plan.atEnd.set(paragraph, (plan.atEnd.get(paragraph) ?? '') + inserted);
    }
  }
}

/** Writes paragraphs back with a plan's changes. */
class Emitter {
  private readonly unitsByChild = new Map<XmlElement, Unit[]>();
  private readonly fieldByNode = new Map<XmlElement, Unit & { kind: 'field' }>();

  constructor(
    private readonly xml: string,
    private readonly plan: Plan,
    private readonly revision: Revision,
    paragraphs: readonly XmlElement[],
  ) {
    for (const paragraph of paragraphs) {
      for (const unit of unitsOf(xml, paragraph)) {
        if (unit.kind === 'char') this.unitsByChild.set(unit.child, [...(this.unitsByChild.get(unit.child) ?? []), unit]);
        else if (unit.kind === 'field') for (const node of unit.nodes) this.fieldByNode.set(node, unit);
      }
    }
    // unitsOf builds new unit objects on each call: the plan's are found by their place, not their identity.
    for (const unit of plan.deleted) this.deleted.add(this.key(unit));
    for (const [unit, text] of plan.after) this.after.set(this.key(unit), text);
    for (const [unit, text] of plan.before) this.before.set(this.key(unit), text);
  }

  private readonly deleted = new Set<string>();
  private readonly after = new Map<string, string>();
  private readonly before = new Map<string, string>();

  private key(unit: Unit): string {
    if (unit.kind === 'char') return `c${unit.child.start}:${unit.offset}`;
    if (unit.kind === 'field') return `f${(unit.nodes[0] as XmlElement).start}`;
    return `m${unit.paragraph.start}`;
  }

  paragraph(paragraph: XmlElement): string {
    const { xml } = this;
    const prefix = prefixOf(paragraph);
    if (paragraph.openEnd === paragraph.end) {
      // <w:p/>: nothing in it but, perhaps, an insertion or a deleted mark.
      const inserted = this.plan.atEnd.get(paragraph);
      if (inserted === undefined && !this.plan.deleteMark.has(paragraph)) return xml.slice(paragraph.start, paragraph.end);
      const pPr = this.plan.deleteMark.has(paragraph) ? `<${prefix}pPr><${prefix}rPr><${prefix}del ${this.revision.attributes(prefix)}/></${prefix}rPr></${prefix}pPr>` : '';
      return `<${paragraph.name}${paragraph.attributes}>${pPr}${inserted === undefined ? '' : this.insertion(inserted, '', prefix)}</${paragraph.name}>`;
    }
    let out = xml.slice(paragraph.start, paragraph.openEnd);
    const pPr = childNamed(paragraph, 'pPr');
    if (pPr === undefined && this.plan.deleteMark.has(paragraph)) out += `<${prefix}pPr><${prefix}rPr><${prefix}del ${this.revision.attributes(prefix)}/></${prefix}rPr></${prefix}pPr>`;
    for (const child of paragraph.children) {
      if (child.type === 'element' && child === pPr) out += this.plan.deleteMark.has(paragraph) ? this.deletedMark(pPr) : xml.slice(child.start, child.end);
      else out += this.node(child);
    }
    const inserted = this.plan.atEnd.get(paragraph);
    if (inserted !== undefined) out += this.insertion(inserted, this.lastRunProperties(paragraph), prefix);
    return out + xml.slice(paragraph.closeStart, paragraph.end);
  }

  /** The paragraph mark deleted: `w:del` in the mark's run properties, after an insertion already there. */
  private deletedMark(pPr: XmlElement): string {
    const { xml } = this;
    const prefix = prefixOf(pPr);
    const mark = `<${prefix}del ${this.revision.attributes(prefix)}/>`;
    // A paragraph that ends a section keeps its mark: deleting it would merge two sections.
    if (childNamed(pPr, 'sectPr') !== undefined) return xml.slice(pPr.start, pPr.end);
    if (pPr.openEnd === pPr.end) return `<${pPr.name}${pPr.attributes}><${prefix}rPr>${mark}</${prefix}rPr></${pPr.name}>`;
    const rPr = childNamed(pPr, 'rPr');
    if (rPr !== undefined) {
      if (rPr.openEnd === rPr.end) return xml.slice(pPr.start, rPr.start) + `<${rPr.name}${rPr.attributes}>${mark}</${rPr.name}>` + xml.slice(rPr.end, pPr.end);
      const inserted = childNamed(rPr, 'ins');
      const at = inserted !== undefined && rPr.children.find((child) => child.type === 'element') === inserted ? inserted.end : rPr.openEnd;
      return xml.slice(pPr.start, at) + mark + xml.slice(at, pPr.end);
    }
    const tail = pPr.children.find((child) => child.type === 'element' && (child.local === 'sectPr' || child.local === 'pPrChange'));
    const at = tail?.start ?? pPr.closeStart;
    return xml.slice(pPr.start, at) + `<${prefix}rPr>${mark}</${prefix}rPr>` + xml.slice(at, pPr.end);
  }

  private lastRunProperties(paragraph: XmlElement): string {
    const last = unitsOf(this.xml, paragraph).filter((unit): unit is Unit & { kind: 'char' } => unit.kind === 'char').pop();
    return last === undefined ? '' : runProperties(this.xml, last.run);
  }

  private node(node: XmlElement['children'][number]): string {
    const { xml } = this;
    if (node.type !== 'element') return xml.slice(node.start, node.end);
    const field = this.fieldByNode.get(node);
    if (field !== undefined) return this.fieldNode(node, field);
    if (node.local === 'r') return this.run(node);
    if (THROUGH.has(node.local) && node.openEnd !== node.end) {
      let out = xml.slice(node.start, node.openEnd);
      for (const child of node.children) out += child.type === 'element' && (child.local === 'sdtPr' || child.local === 'sdtEndPr') ? xml.slice(child.start, child.end) : this.node(child);
      return out + xml.slice(node.closeStart, node.end);
    }
    return xml.slice(node.start, node.end);
  }

  private fieldNode(node: XmlElement, field: Unit & { kind: 'field' }): string {
    const key = this.key(field);
    const first = field.nodes[0] === node;
    const last = field.nodes[field.nodes.length - 1] === node;
    const prefix = prefixOf(node);
    const properties = runProperties(this.xml, node.local === 'r' ? node : (childNamed(node, 'r') ?? node));
    let out = '';
    if (first && this.before.has(key)) out += this.insertion(this.before.get(key) as string, properties, prefix);
    if (!this.deleted.has(key)) out += this.xml.slice(node.start, node.end);
    else out += `<${prefix}del ${this.revision.attributes(prefix)}>${node.local === 'fldSimple' ? this.simpleFieldAsDeleted(node) : asDeleted(this.xml.slice(node.start, node.end))}</${prefix}del>`;
    if (last && this.after.has(key)) out += this.insertion(this.after.get(key) as string, properties, prefix);
    return out;
  }

  /** A w:fldSimple cannot sit in a w:del: written as the complex field it stands for, deleted. */
  private simpleFieldAsDeleted(node: XmlElement): string {
    const prefix = prefixOf(node);
    const instruction = /(?:^|\s)(?:[\w.-]+:)?instr\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(node.attributes);
    const code = instruction?.[1] ?? instruction?.[2] ?? '';
    const firstRun = childNamed(node, 'r');
    const properties = firstRun === undefined ? '' : runProperties(this.xml, firstRun);
    const char = (type: string) => `<${prefix}r>${properties}<${prefix}fldChar ${prefix}fldCharType="${type}"/></${prefix}r>`;
    let result = '';
    for (const child of node.children) if (child.type === 'element' && child.local === 'r') result += asDeleted(this.xml.slice(child.start, child.end));
    return `${char('begin')}<${prefix}r>${properties}<${prefix}delInstrText xml:space="preserve">${code}</${prefix}delInstrText></${prefix}r>${char('separate')}${result}${char('end')}`;
  }

  private run(run: XmlElement): string {
    const { xml } = this;
    if (run.openEnd === run.end) return xml.slice(run.start, run.end);
    const prefix = prefixOf(run);
    const properties = runProperties(xml, run);
    const open = xml.slice(run.start, run.openEnd);
    const close = xml.slice(run.closeStart, run.end);
    type Piece = { readonly kind: 'keep' | 'delete'; readonly xml: string } | { readonly kind: 'insert'; readonly text: string };
    const pieces: Piece[] = [];
    for (const child of run.children) {
      if (child.type !== 'element') continue;
      if (child.local === 'rPr') continue;
      // A rendering hint that is no longer true once the text changes.
      if (child.local === 'lastRenderedPageBreak') continue;
      const units = this.unitsByChild.get(child);
      if (units === undefined) {
        pieces.push({ kind: 'keep', xml: xml.slice(child.start, child.end) });
        continue;
      }
      let buffer = '';
      let state: 'keep' | 'delete' | null = null;
      const flush = () => {
        if (state === null || buffer === '') return;
        pieces.push({ kind: state, xml: child.local === 't' ? textElement(prefix, state === 'delete' ? 'delText' : 't', buffer) : xml.slice(child.start, child.end) });
        buffer = '';
      };
      for (const unit of units) {
        const key = this.key(unit);
        const before = this.before.get(key);
        if (before !== undefined) {
          flush();
          pieces.push({ kind: 'insert', text: before });
        }
        const unitState = this.deleted.has(key) ? 'delete' : 'keep';
        if (unitState !== state) flush();
        state = unitState;
        buffer += unitText(unit);
        const after = this.after.get(key);
        if (after !== undefined) {
          flush();
          pieces.push({ kind: 'insert', text: after });
        }
      }
      flush();
    }
    let out = '';
    let group: { kind: 'keep' | 'delete'; xml: string } | null = null;
    const close_ = () => {
      if (group === null) return;
      const body = `${open}${properties}${group.xml}${close}`;
      out += group.kind === 'delete' ? `<${prefix}del ${this.revision.attributes(prefix)}>${body}</${prefix}del>` : body;
      group = null;
    };
    for (const piece of pieces) {
      if (piece.kind === 'insert') {
        close_();
        out += this.insertion(piece.text, properties, prefix);
        continue;
      }
      if (group !== null && (group as { kind: string }).kind !== piece.kind) close_();
      if (group === null) group = { kind: piece.kind, xml: '' };
      (group as { xml: string }).xml += piece.xml;
    }
    close_();
    return out === '' ? `${open}${properties}${close}` : out;
  }

  insertion(text: string, properties: string, prefix: string): string {
    const content = text
      .split(/(\t|\n)/)
      .filter((part) => part !== '')
      .map((part) => (part === '\t' ? `<${prefix}tab/>` : part === '\n' ? `<${prefix}br/>` : textElement(prefix, 't', part)))
      .join('');
    return `<${prefix}ins ${this.revision.attributes(prefix)}><${prefix}r>${properties}${content}</${prefix}r></${prefix}ins>`;
  }
}

function textElement(prefix: string, name: 't' | 'delText', text: string): string {
  return `<${prefix}${name} xml:space="preserve">${escapeXmlText(text)}</${prefix}${name}>`;
}

/** A run's properties without a record of earlier formatting changes, for a new run beside it. */
export function runProperties(xml: string, run: XmlElement): string {
  const rPr = childNamed(run, 'rPr');
  if (rPr === undefined) return '';
  const change = childNamed(rPr, 'rPrChange');
  const text = xml.slice(rPr.start, rPr.end);
  return change === undefined ? text : text.slice(0, change.start - rPr.start) + text.slice(change.end - rPr.start);
}

/** A run (or runs) as deleted text: w:t → w:delText, w:instrText → w:delInstrText. */
function asDeleted(runXml: string): string {
  return runXml
    .replace(/<(\/?)([\w.-]+:)?t(?=[\s>/])/g, '<$1$2delText')
    .replace(/<(\/?)([\w.-]+:)?instrText(?=[\s>/])/g, '<$1$2delInstrText');
}

/** Paragraphs `paragraphs` rewritten as one holding `text` (deleted whole when `text` is null): their new XML, one string each. */
export function revisedParagraphs(xml: string, paragraphs: readonly XmlElement[], text: string | null, revision: Revision): string[] {
  const plan = emptyPlan();
  planRewrite(xml, paragraphs, text ?? '', plan, text === null);
  const emitter = new Emitter(xml, plan, revision, paragraphs);
  return paragraphs.map((paragraph) => emitter.paragraph(paragraph));
}

/** A new paragraph holding `text`, laid out like `like` (its paragraph and first run's properties), inserted. */
export function insertedParagraph(xml: string, like: XmlElement, text: string, revision: Revision): string {
  const prefix = prefixOf(like);
  const mark = `<${prefix}ins ${revision.attributes(prefix)}/>`;
  const pPr = childNamed(like, 'pPr');
  let properties = `<${prefix}pPr><${prefix}rPr>${mark}</${prefix}rPr></${prefix}pPr>`;
  if (pPr !== undefined && pPr.openEnd !== pPr.end) {
    let inner = '';
    let hasMarkProperties = false;
    for (const child of pPr.children) {
      if (child.type !== 'element') continue;
      // Not a section break, nor another author's record of a change, in a paragraph of ours.
      if (child.local === 'sectPr' || child.local === 'pPrChange') continue;
      if (child.local === 'rPr') {
        hasMarkProperties = true;
        let marks = mark;
        for (const part of child.children) {
          if (part.type !== 'element' || ['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange'].includes(part.local)) continue;
          marks += xml.slice(part.start, part.end);
        }
        inner += `<${child.name}>${marks}</${child.name}>`;
        continue;
      }
      inner += xml.slice(child.start, child.end);
    }
    if (!hasMarkProperties) inner += `<${prefix}rPr>${mark}</${prefix}rPr>`;
    properties = `<${pPr.name}${pPr.attributes}>${inner}</${pPr.name}>`;
  }
  const firstRun = unitsOf(xml, like).find((unit): unit is Unit & { kind: 'char' } => unit.kind === 'char')?.run;
  const runXml = firstRun === undefined ? '' : runProperties(xml, firstRun);
  const emitter = new Emitter(xml, emptyPlan(), revision, []);
  return `<${like.name}>${properties}${text === '' ? '' : emitter.insertion(text, runXml, prefix)}</${like.name}>`;
}
