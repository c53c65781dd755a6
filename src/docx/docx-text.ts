import { decodeEntities } from '../xlsx/xml-scan';
import { type XmlElement, type XmlNode, childNamed } from './xml-tree';

/**
 * The text of a document's paragraphs as Word shows it with its tracked changes accepted: inserted
 * text in, deleted text out; a field shows its result, never its code (a field in the heading, « {
 * DOCPROPERTY Année } » giving « 2022 », reads « 2022 »); bookmarks, proofing marks and comments
 * are no text. Each visible character is a unit that knows its run, so that a rewrite can split the
 * run there; a field is one unit, replaced whole or kept whole.
 */

export type Unit =
  | {
      readonly kind: 'char';
      readonly char: string;
      readonly paragraph: XmlElement;
      readonly run: XmlElement;
      /** The run's child the character comes from: a w:t (at `offset` of its decoded text), a w:tab, a w:br… */
      readonly child: XmlElement;
      readonly offset: number;
    }
  | {
      readonly kind: 'field';
      readonly text: string;
      readonly paragraph: XmlElement;
      /** A w:fldSimple, or the runs from a complex field's begin to its end. */
      readonly nodes: readonly XmlElement[];
    }
  /** The end of a paragraph, between two paragraphs rewritten as one: it can only be deleted. */
  | { readonly kind: 'mark'; readonly paragraph: XmlElement };

/** Containers whose runs are text in the paragraph, walked through. */
const THROUGH = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'dir', 'bdo']);
/** Nothing in them is visible text once the changes are accepted, or is text at all. */
const OPAQUE = new Set(['del', 'moveFrom', 'pPr', 'rPr', 'sdtPr', 'sdtEndPr']);

/** The decoded text of a w:t or w:delText element. */
export function elementText(xml: string, element: XmlElement): string {
  let text = '';
  for (const child of element.children) if (child.type === 'text' || child.type === 'other') text += nodeText(xml, child);
  return text;
}

function nodeText(xml: string, node: XmlNode): string {
  const raw = xml.slice(node.start, node.end);
  if (raw.startsWith('<![CDATA[')) return raw.slice(9, -3);
  if (raw.startsWith('<')) return '';
  return decodeEntities(raw);
}

/** What a run's child shows: its text, or one character for a tab, a line break, a no-break hyphen. */
function childChars(xml: string, child: XmlElement): string {
  switch (child.local) {
    case 't':
      return elementText(xml, child);
    case 'tab':
    case 'ptab':
      return '\t';
    case 'br':
    case 'cr':
      return '\n';
    case 'noBreakHyphen':
      return '\u2011';
    default:
      return '';
  }
}

interface FieldState {
  depth: number;
  /** The outermost field being read: its runs and its result text. */
  nodes: XmlElement[];
  text: string;
  /** True past the outermost field's separator: its result shows. */
  result: boolean;
}

/**
 * The units of a paragraph, in reading order. A complex field whose end lies in a later paragraph
 * (a table of contents) is cut at the paragraph's end: its result text here is one unit.
 */
export function unitsOf(xml: string, paragraph: XmlElement): Unit[] {
  const units: Unit[] = [];
  const field: FieldState = { depth: 0, nodes: [], text: '', result: false };
  const closeField = () => {
    units.push({ kind: 'field', text: field.text, paragraph, nodes: field.nodes });
    field.nodes = [];
    field.text = '';
    field.result = false;
    field.depth = 0;
  };
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.local === 'r') run(child);
      else if (child.local === 'fldSimple') {
        if (field.depth > 0) field.nodes.push(child);
        else units.push({ kind: 'field', text: fieldSimpleText(xml, child), paragraph, nodes: [child] });
      } else if (THROUGH.has(child.local)) walk(child);
      else if (child.local === 'p' || OPAQUE.has(child.local)) continue;
    }
  };
  const run = (element: XmlElement) => {
    if (field.depth > 0) field.nodes.push(element);
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.local === 'fldChar') {
        const type = /fldCharType\s*=\s*["'](\w+)/.exec(child.attributes)?.[1];
        if (type === 'begin') {
          if (field.depth === 0) field.nodes = [element];
          field.depth++;
        } else if (type === 'separate' && field.depth === 1) field.result = true;
        else if (type === 'end' && field.depth > 0) {
          field.depth--;
          if (field.depth === 0) closeField();
        }
        continue;
      }
      const chars = childChars(xml, child);
      if (chars === '') continue;
      if (field.depth > 0) {
        if (field.result) field.text += chars;
        continue;
      }
      for (let offset = 0; offset < chars.length; offset++) units.push({ kind: 'char', char: chars.charAt(offset), paragraph, run: element, child, offset });
    }
  };
  walk(paragraph);
  if (field.depth > 0) closeField();
  return units;
}

function fieldSimpleText(xml: string, element: XmlElement): string {
  let text = '';
  for (const unit of unitsOf(xml, element)) text += unit.kind === 'char' ? unit.char : unit.kind === 'field' ? unit.text : '';
  return text;
}

export function unitText(unit: Unit): string {
  return unit.kind === 'char' ? unit.char : unit.kind === 'field' ? unit.text : '';
}

/** A paragraph's text: what Word's `paragraph.text` gives, tracked changes accepted. */
export function paragraphText(xml: string, paragraph: XmlElement): string {
  let text = '';
  for (const unit of unitsOf(xml, paragraph)) text += unitText(unit);
  return text;
}

/**
 * The paragraphs of the body in document order, table cells' and content controls' included: the
 * order of Word's `body.paragraphs`. A paragraph inside another (a text box's) is not the body's.
 */
export function bodyParagraphs(root: XmlElement): XmlElement[] {
  const body = findBody(root);
  const found: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.local === 'p') found.push(child);
      else if (child.local !== 'sectPr') walk(child);
    }
  };
  if (body !== undefined) walk(body);
  return found;
}

export function findBody(root: XmlElement): XmlElement | undefined {
  const document = childNamed(root, 'document');
  return document === undefined ? undefined : childNamed(document, 'body');
}
