import { attribute } from '../xlsx/xml-scan';
import { bodyParagraphs, unitsOf } from './docx-text';
import { childNamed, descendants, parseXmlTree, type XmlElement } from './xml-tree';

/**
 * Our own tracked changes that nobody has accepted yet, taken back: what we inserted goes, what we
 * deleted comes back, paragraphs we added go. A second write then starts from the signed text and
 * leaves one layer of changes, never changes upon our own changes. Other authors' changes stay.
 */
export function withoutOwnRevisions(xml: string, author: string): string {
  if (!xml.includes(author.replace(/&/g, '&amp;'))) return xml;
  const root = parseXmlTree(xml);
  const ours = (element: XmlElement) => attribute(element.attributes, 'author') === author;
  const edits: Array<{ from: number; to: number; text: string }> = [];
  const removedParagraphs = new Set<XmlElement>();

  // Paragraphs whose mark we inserted and whose text is all ours: they go whole.
  for (const paragraph of bodyParagraphs(root)) {
    const mark = paragraphMark(paragraph, 'ins');
    if (mark === undefined || !ours(mark)) continue;
    const onlyOurs = unitsOf(xml, paragraph).every((unit) => unit.kind !== 'mark' && insideOurInsertion(unit.kind === 'char' ? unit.run : (unit.nodes[0] as XmlElement), ours));
    if (onlyOurs) {
      removedParagraphs.add(paragraph);
      edits.push({ from: paragraph.start, to: paragraph.end, text: '' });
    }
  }
  const skip = (element: XmlElement) => {
    for (let at: XmlElement | null = element; at !== null; at = at.parent) if (removedParagraphs.has(at)) return true;
    return false;
  };
  const handled = new Set<XmlElement>();
  for (const element of descendants(root)) {
    if ((element.local !== 'ins' && element.local !== 'del') || !ours(element) || skip(element)) continue;
    if ([...ancestors(element)].some((parent) => handled.has(parent))) continue;
    handled.add(element);
    const isMark = element.parent?.local === 'rPr' && element.parent.parent?.local === 'pPr';
    if (isMark || element.local === 'ins') edits.push({ from: element.start, to: element.end, text: '' });
    else edits.push({ from: element.start, to: element.end, text: restored(xml.slice(element.openEnd, element.closeStart)) });
  }
  edits.sort((a, b) => a.from - b.from);
  let out = '';
  let position = 0;
  for (const edit of edits) {
    if (edit.from < position) continue;
    out += xml.slice(position, edit.from) + edit.text;
    position = edit.to;
  }
  return out + xml.slice(position);
}

function* ancestors(element: XmlElement): Generator<XmlElement> {
  for (let at = element.parent; at !== null; at = at.parent) yield at;
}

function paragraphMark(paragraph: XmlElement, local: 'ins' | 'del'): XmlElement | undefined {
  const pPr = childNamed(paragraph, 'pPr');
  const rPr = pPr === undefined ? undefined : childNamed(pPr, 'rPr');
  return rPr === undefined ? undefined : childNamed(rPr, local);
}

function insideOurInsertion(element: XmlElement, ours: (element: XmlElement) => boolean): boolean {
  for (let at = element.parent; at !== null && at.local !== 'p'; at = at.parent) if (at.local === 'ins' && ours(at)) return true;
  return false;
}

/** Deleted runs made text again. */
function restored(runs: string): string {
  return runs.replace(/<(\/?)([\w.-]+:)?delText(?=[\s>/])/g, '<$1$2t').replace(/<(\/?)([\w.-]+:)?delInstrText(?=[\s>/])/g, '<$1$2instrText');
}
