import { type Unit, unitsOf, unitText } from './docx-text';
import { asDeleted, prefixOf, type Revision, runProperties, textElement } from './revision';
import type { Plan } from './rewrite-plan';
import { childNamed, type XmlElement } from './xml-tree';

/** The elements a rewrite goes through, rebuilding them around the changes inside: others' insertions, hyperlinks, controls… */
const THROUGH = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'dir', 'bdo']);

/** Writes paragraphs back with a plan's changes. */
export class Emitter {
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
    const last = unitsOf(this.xml, paragraph)
      .filter((unit): unit is Unit & { kind: 'char' } => unit.kind === 'char')
      .pop();
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
