import { XmlError } from '../xlsx/xml-scan';

/**
 * A WordprocessingML part as a tree that remembers where each node sits in the text, so that a patch
 * rewrites the paragraphs it changes and copies every other character as it was: attribute quotes,
 * namespace prefixes, white space and the writer's own markup stay byte for byte.
 */

export interface XmlElement {
  readonly type: 'element';
  /** The qualified name as written ("w:p"). */
  readonly name: string;
  /** Without its prefix ("p"): parts are read by local names, as Word writes `w:` and the SDK may write others. */
  readonly local: string;
  /** The start tag's raw attribute text. */
  readonly attributes: string;
  readonly start: number;
  readonly end: number;
  /** Where the start tag ends and the end tag starts (both `end` for an empty element). */
  readonly openEnd: number;
  readonly closeStart: number;
  readonly children: XmlNode[];
  readonly parent: XmlElement | null;
}

export interface XmlOther {
  /** Text, CDATA, a comment or a processing instruction: copied as written. */
  readonly type: 'text' | 'other';
  readonly start: number;
  readonly end: number;
}

export type XmlNode = XmlElement | XmlOther;

const TOKEN = /<(\/?)([^\s/>!?][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE|([^<]+)/y;

/** The document as a tree under a root that spans it whole. */
export function parseXmlTree(xml: string): XmlElement {
  const root: { -readonly [K in keyof XmlElement]: XmlElement[K] } = {
    type: 'element',
    name: '#root',
    local: '#root',
    attributes: '',
    start: 0,
    end: xml.length,
    openEnd: 0,
    closeStart: xml.length,
    children: [],
    parent: null,
  };
  const stack: Array<typeof root> = [root];
  let at = 0;
  while (at < xml.length) {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(xml);
    if (match === null) throw new XmlError('unexpected markup');
    if (match[0] === '<!DOCTYPE') throw new XmlError('a document type declaration is not read');
    const end = TOKEN.lastIndex;
    const parent = stack[stack.length - 1] as typeof root;
    const name = match[2];
    if (name === undefined) {
      parent.children.push({ type: match[4] !== undefined ? 'text' : 'other', start: at, end });
    } else if (match[1] === '/') {
      if (parent.name !== name || stack.length === 1) throw new XmlError(`unexpected </${name}>`);
      parent.closeStart = at;
      (parent as { end: number }).end = end;
      stack.pop();
    } else {
      const raw = match[3] ?? '';
      const selfClosing = raw.endsWith('/');
      const colon = name.indexOf(':');
      const element: typeof root = {
        type: 'element',
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        attributes: selfClosing ? raw.slice(0, -1) : raw,
        start: at,
        end,
        openEnd: end,
        closeStart: end,
        children: [],
        parent,
      };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
    at = end;
  }
  if (stack.length > 1) throw new XmlError('unclosed element');
  return root;
}

/** The child elements with this local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.type === 'element' && child.local === local);
}

export function childNamed(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child): child is XmlElement => child.type === 'element' && child.local === local);
}

/** Every element under this one, in document order, its own descendants included. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* descendants(child);
  }
}

export function ancestor(element: XmlElement, local: string): XmlElement | null {
  for (let at = element.parent; at !== null; at = at.parent) if (at.local === local) return at;
  return null;
}

/** The element's content as written, between its tags. */
export function innerXml(xml: string, element: XmlElement): string {
  return xml.slice(element.openEnd, element.closeStart);
}

export function outerXml(xml: string, element: XmlElement): string {
  return xml.slice(element.start, element.end);
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;');
}
