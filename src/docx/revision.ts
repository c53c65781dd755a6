import { childNamed, escapeXmlAttribute, escapeXmlText, type XmlElement } from './xml-tree';

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

/** "w:" for `w:p`, "" for a default namespace. */
export function prefixOf(element: XmlElement): string {
  const colon = element.name.indexOf(':');
  return colon < 0 ? '' : element.name.slice(0, colon + 1);
}

export function textElement(prefix: string, name: 't' | 'delText', text: string): string {
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
export function asDeleted(runXml: string): string {
  return runXml.replace(/<(\/?)([\w.-]+:)?t(?=[\s>/])/g, '<$1$2delText').replace(/<(\/?)([\w.-]+:)?instrText(?=[\s>/])/g, '<$1$2delInstrText');
}
