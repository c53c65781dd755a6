import { ARTICLE_TAG_PREFIX, type ArticleWrite, articleTag, type Bilingual, french, type ParagraphChange } from '../domain';
import { bodyParagraphs } from './docx-text';
import { insertedParagraph, revisedParagraphs } from './docx-revise';
import { prefixOf, Revision } from './revision';
import { ancestor, childNamed, escapeXmlAttribute, parseXmlTree, type XmlElement } from './xml-tree';

/**
 * document.xml patched as the page patches sheets: the paragraphs of articles 4.1 and 3.1 rewritten
 * as tracked changes inside content controls tagged `convention-budget:article-…`, every other
 * character of the part as it was.
 */

interface Edit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /**
   * Among edits at one place: paragraphs inserted after the paragraph that ends there (in their
   * order), then the end of a content control, the start of the next one, the next paragraph rewritten.
   */
  readonly order: number;
}

const CLOSE = 1e7;
const OPEN = 2e7;
const REWRITE = 3e7;

export interface PatchOptions {
  readonly author: string;
  /** xsd:dateTime, as Word writes it ("2025-03-14T10:20:00Z"). */
  readonly date: string;
  readonly listArticle: string;
  readonly costArticle: string;
}

export interface PatchResult {
  readonly xml: string;
  /** What could not be done as asked, one sentence each (an article whose paragraphs are not side by side gets no content control). */
  readonly notes: readonly Bilingual[];
}

/** Ids of tracked changes must not collide with any id the document already holds. */
function firstFreeId(xml: string): number {
  let max = 0;
  for (const match of xml.matchAll(/\s(?:[\w.-]+:)?id\s*=\s*["'](\d{1,9})["']/g)) max = Math.max(max, Number(match[1]));
  return max + 1;
}

/** True when the element already sits in a content control of ours: a later update does not wrap it again. */
function inOurControl(xml: string, element: XmlElement): boolean {
  for (let sdt = ancestor(element, 'sdt'); sdt !== null; sdt = ancestor(sdt, 'sdt')) {
    const properties = childNamed(sdt, 'sdtPr');
    const tag = properties === undefined ? undefined : childNamed(properties, 'tag');
    if (tag !== undefined && xml.slice(tag.start, tag.end).includes(ARTICLE_TAG_PREFIX)) return true;
  }
  return false;
}

export function patchDocumentXml(xml: string, write: ArticleWrite, options: PatchOptions): PatchResult {
  const root = parseXmlTree(xml);
  const paragraphs = bodyParagraphs(root);
  const revision = new Revision(options.author, options.date, firstFreeId(xml));
  const edits: Edit[] = [];
  const notes: Bilingual[] = [];
  const at = (index: number): XmlElement => {
    const paragraph = paragraphs[index];
    if (paragraph === undefined) throw new Error(`no paragraph ${index}`);
    return paragraph;
  };
  const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, offset) => at(first + offset));
  const replace = (elements: readonly XmlElement[], texts: readonly string[]) =>
    elements.forEach((element, index) => edits.push({ from: element.start, to: element.end, text: texts[index] as string, order: REWRITE }));
  let sdtId = 1_000_000_000 + (firstFreeId(xml) % 1_000_000_000);

  const apply = (changes: readonly ParagraphChange[], article: string) => {
    let cursor: XmlElement | null = null;
    let first: XmlElement | null = null;
    let inserted = 0;
    let touched = false;
    for (const change of changes) {
      if (change.kind === 'insert') {
        const like = at(change.like);
        const after = cursor ?? like;
        edits.push({ from: after.end, to: after.end, text: insertedParagraph(xml, like, change.text, revision), order: inserted++ });
        touched = true;
        continue;
      }
      const elements = change.kind === 'keep' ? [at(change.paragraph)] : range(change.first, change.last);
      if (change.kind === 'rewrite') replace(elements, revisedParagraphs(xml, elements, change.text, revision));
      if (change.kind === 'delete') replace(elements, revisedParagraphs(xml, elements, null, revision));
      if (change.kind !== 'keep') touched = true;
      first ??= elements[0] as XmlElement;
      cursor = elements[elements.length - 1] as XmlElement;
    }
    if (!touched || first === null || cursor === null) return;
    if (inOurControl(xml, first)) return;
    if (first.parent !== cursor.parent) {
      notes.push({
        fr: french`L’article ${article} n’est pas placé dans un contrôle de contenu : ses paragraphes ne se suivent pas au même niveau (un tableau ?). Ses modifications sont suivies tout de même.`,
        en: `Article ${article} is not put in a content control: its paragraphs are not side by side at one level (a table?). Its changes are tracked all the same.`,
      });
      return;
    }
    const w = prefixOf(first);
    const tag = articleTag(article);
    const open = `<${w}sdt><${w}sdtPr><${w}alias ${w}val="${escapeXmlAttribute(`Article ${article} (Convention Budget)`)}"/><${w}tag ${w}val="${escapeXmlAttribute(tag)}"/><${w}id ${w}val="${sdtId++}"/></${w}sdtPr><${w}sdtContent>`;
    edits.push({ from: first.start, to: first.start, text: open, order: OPEN });
    edits.push({ from: cursor.end, to: cursor.end, text: `</${w}sdtContent></${w}sdt>`, order: CLOSE });
  };
  apply(write.list, options.listArticle);
  if (write.cost !== null) apply([write.cost], options.costArticle);

  edits.sort((a, b) => a.from - b.from || a.order - b.order);
  let out = '';
  let position = 0;
  for (const edit of edits) {
    if (edit.from < position) throw new Error('overlapping edits');
    out += xml.slice(position, edit.from) + edit.text;
    position = edit.to;
  }
  return { xml: out + xml.slice(position), notes };
}
