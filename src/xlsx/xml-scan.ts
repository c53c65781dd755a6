/**
 * A streaming XML tokenizer for the parts of Office files we read. A general parser (saxes) reads
 * some 33 MB/s; a LibreOffice sheet can carry a million empty row records (140 MB of XML), which
 * would take four seconds before a single cell. This one reads only what a spreadsheet part needs
 * (elements, attributes, text, CDATA; comments, declarations and processing instructions skipped)
 * at several times that speed, and hands element names without their namespace prefix, so that
 * `<x:row>` from the Open XML SDK reads as `<row>`.
 */

export interface XmlHandler {
  /** An element opens; `attributes` is its raw attribute text, read with `attribute()`. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, entities decoded; one text node may come in several calls. */
  text(text: string): void;
}

/** A document that is not well-formed where we read it. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const SLASH = 47;
const COLON = 58;

/** The local name of a qualified name: "x:row" → "row". */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const point = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** Text as XML character data or as a double-quoted attribute's value: decodeEntities reads it back. */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const attributePatterns = new Map<string, RegExp>();

/**
 * An attribute's value from an element's raw attribute text, entities decoded, or undefined. The
 * name matches with or without a namespace prefix ("id" finds r:id), as Office parts are read by
 * local names.
 */
export function attribute(attributes: string, name: string): string | undefined {
  if (attributes.length === 0) return undefined;
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (match === null) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? '');
}

/** An XML boolean as Office writes it: "1", "true" (and LibreOffice's "false"). */
export function booleanAttribute(attributes: string, name: string): boolean | undefined {
  const value = attribute(attributes, name);
  if (value === undefined) return undefined;
  return value === '1' || value === 'true';
}

/** Feeds a document chunk by chunk; `end()` checks that nothing was left open. */
export class XmlScanner {
  private buffer = '';
  /** The names of the elements open, innermost last: a closing tag must name the innermost. */
  private readonly open: string[] = [];

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const text = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    const consumed = this.scan(text);
    this.buffer = consumed === text.length ? '' : text.slice(consumed);
  }

  end(): void {
    if (this.buffer.trim() !== '') throw new XmlError('unexpected end of document');
    if (this.open.length > 0) throw new XmlError(`unclosed <${this.open[this.open.length - 1] as string}>`);
  }

  /** Reads every complete token of the text; returns where the first incomplete one starts. */
  private scan(text: string): number {
    const { handler } = this;
    const length = text.length;
    let at = 0;
    while (at < length) {
      TOKEN.lastIndex = at;
      const match = TOKEN.exec(text);
      if (match === null) {
        // An incomplete tag, comment or CDATA section: the rest comes with the next chunk.
        if (text.startsWith('<!', at) && length - at >= 9 && !text.startsWith('<!--', at) && !text.startsWith('<![CDATA[', at)) {
          throw new XmlError(text.startsWith('<!DOCTYPE', at) ? 'a document type declaration is not read' : 'unexpected markup');
        }
        return at;
      }
      const end = TOKEN.lastIndex;
      const qualified = match[2];
      const characters = match[5];
      if (characters !== undefined) {
        // Text may go on in the next chunk: hand over what is complete, up to an entity cut in two.
        if (end === length) {
          const amp = characters.lastIndexOf('&');
          const cut = amp >= 0 && characters.indexOf(';', amp) < 0 ? at + amp : length;
          if (cut > at && this.open.length > 0) handler.text(decodeEntities(text.slice(at, cut)));
          return cut;
        }
        if (this.open.length > 0) handler.text(decodeEntities(characters));
      } else if (match[4] !== undefined) {
        if (this.open.length > 0) handler.text(match[4]);
      } else if (qualified !== undefined) {
        if (qualified.charCodeAt(0) === COLON) throw new XmlError('an element without a name');
        const name = localName(qualified);
        if (match[1] === '/') {
          // A part whose tags do not nest is damaged: reading on would take cells from the wrong rows.
          if (this.open.pop() !== qualified) throw new XmlError(`unexpected </${qualified}>`);
          handler.close(name);
        } else {
          const raw = match[3] ?? '';
          const selfClosing = raw.charCodeAt(raw.length - 1) === SLASH;
          handler.open(name, selfClosing ? raw.slice(0, -1) : raw, selfClosing);
          if (selfClosing) handler.close(name);
          else this.open.push(qualified);
        }
      }
      at = end;
    }
    return length;
  }
}

/**
 * One token at a time, compiled by the regular-expression engine (several times faster than a loop
 * over characters): an element's start or end tag (attribute values may hold ">"), a comment, a
 * processing instruction, a CDATA section, or text.
 */
const TOKEN = /<(\/?)([^\s/>!?][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/y;

/** Reads a whole document given as chunks (or one string). */
export function scanXml(chunks: Iterable<string> | string, handler: XmlHandler): void {
  const scanner = new XmlScanner(handler);
  if (typeof chunks === 'string') scanner.write(chunks);
  else for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
}
