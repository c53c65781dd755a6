import { type Unit, unitsOf } from './docx-text';
import { type Revision, prefixOf, runProperties } from './revision';
import { Emitter } from './revision-emitter';
import { emptyPlan, planRewrite } from './rewrite-plan';
import { childNamed, type XmlElement } from './xml-tree';

/**
 * Paragraphs rewritten as tracked changes, the way Word records an edit made with "Suivi des
 * modifications" on: the words that go are wrapped in `w:del` (their `w:t` become `w:delText`), the
 * new ones come in `w:ins` runs that take the formatting of the text before them, and a paragraph
 * removed or joined to the next has its mark deleted. Runs split mid-word, bookmarks, proofing marks,
 * a field (kept whole, or deleted whole with its code), hyperlinks and other authors' insertions are
 * rebuilt in place; other authors' deletions and everything else are copied as written.
 */

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
