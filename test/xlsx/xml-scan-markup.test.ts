import { scanXml, XmlError, XmlScanner } from '../../src/xlsx/xml-scan';

/**
 * The XML scanner at the edges of what it reads: markup it refuses as soon as it can tell, cut
 * across chunks or not, and CDATA outside any element.
 */

function events(chunks: readonly string[]): string[] {
  const seen: string[] = [];
  scanXml(chunks, {
    open: (name, attributes, selfClosing) => seen.push(`<${name}${attributes}${selfClosing ? '/' : ''}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (text) => seen.push(text),
  });
  return seen;
}

const ignore = { open() {}, close() {}, text() {} };

describe('markup the scanner refuses', () => {
  test('a declaration other than a comment, CDATA or a document type', () => {
    expect(() => events(['<sst><!ENTITY x "y"></sst>'])).toThrow(new XmlError('unexpected markup'));
    expect(() => events(['<sst><!-x-></sst>'])).toThrow(new XmlError('unexpected markup'));
  });

  test('a document type declaration, refused as soon as its nine characters have come', () => {
    const scanner = new XmlScanner(ignore);
    scanner.write('<sst>');
    expect(() => scanner.write('<!DOCTYPE')).toThrow(new XmlError('a document type declaration is not read'));
  });

  test('eight characters of a declaration wait for the next chunk', () => {
    const scanner = new XmlScanner(ignore);
    scanner.write('<sst><!ENTIT');
    expect(() => scanner.write('Y x "y">')).toThrow(new XmlError('unexpected markup'));
    const comment = new XmlScanner(ignore);
    comment.write('<sst><!-- no');
    comment.write('te --></sst>');
    expect(() => comment.end()).not.toThrow();
  });

  test('an element whose name starts with a colon', () => {
    expect(() => events(['<sst><:si/></sst>'])).toThrow(new XmlError('an element without a name'));
  });
});

describe('what the scanner reads', () => {
  test('CDATA inside an element is its text; outside any element it is nothing', () => {
    expect(events(['<![CDATA[before]]><t><![CDATA[1 < 2]]></t><![CDATA[after]]>'])).toEqual(['<t>', '1 < 2', '</t>']);
  });

  test('text cut after an entity’s ampersand waits for its end', () => {
    expect(events(['<t>a &am', 'p; b</t>']).join('')).toBe('<t>a & b</t>');
    // Nothing is handed over before the entity: no empty text either.
    expect(events(['<t>&', 'lt;</t>'])).toEqual(['<t>', '<', '</t>']);
    expect(events(['<t>a &amp;', ' b</t>']).join('')).toBe('<t>a & b</t>');
  });
});
