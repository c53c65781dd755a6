import fc from 'fast-check';
import { attribute, booleanAttribute, decodeEntities, scanXml, XmlError, XmlScanner } from '../../src/xlsx/xml-scan';
import { propertyRuns } from '../helpers/mutation';

/** Every event the scanner hands over, text runs joined: the same document gives the same list however it is cut. */
function eventsOf(chunks: Iterable<string> | string): string[] {
  const events: string[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') events.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  scanXml(chunks, {
    open(name, attributes, selfClosing) {
      flush();
      events.push(`open ${name} ${JSON.stringify(attributes.trim())}${selfClosing ? ' /' : ''}`);
    },
    close(name) {
      flush();
      events.push(`close ${name}`);
    },
    text(piece) {
      text += piece;
    },
  });
  flush();
  return events;
}

/** The document cut at these offsets. */
function cut(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

// Well-formed documents of the kinds Office parts hold: prefixed names, attributes whose values
// carry ">" and quotes, entities (one cut in two by a chunk), CDATA, comments, processing instructions.
const name = fc.constantFrom('row', 'c', 'v', 'x:row', 'si', 't', 'w:p');
const attributeValue = fc.constantFrom('1', 'A1', 'a > b', "it's", '&amp;&lt;', 'n"o', '');
const text = fc.constantFrom('45 139 €', 'a &amp; b', '&#233;t&#xE9;', '&lt;Total&gt;', ' ', 'Nord\n', '<![CDATA[1 < 2]]>', '<!-- note -->', '<?pi x?>');
const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      name,
      fc.array(fc.tuple(fc.constantFrom('r', 's', 't', 'x:id'), attributeValue), { maxLength: 2 }),
      depth <= 1 ? fc.constant([]) : fc.array(fc.oneof(text, element(depth - 1)), { maxLength: 4 }),
    )
    .map(([tag, attributes, children]) => {
      const unique = [...new Map(attributes).entries()];
      const attributeText = unique.map(([key, value]) => (value.includes('"') ? ` ${key}='${value}'` : ` ${key}="${value}"`)).join('');
      return children.length === 0 ? `<${tag}${attributeText}/>` : `<${tag}${attributeText}>${children.join('')}</${tag}>`;
    }),
);
const documentText = element(4).map((root) => `<?xml version="1.0" encoding="UTF-8"?>\n${root}`);

describe('the XML scanner', () => {
  it('hands over the same events however a part is cut into chunks', () => {
    fc.assert(
      fc.property(documentText, fc.array(fc.nat(), { maxLength: 12 }), (xml, offsets) => {
        expect(eventsOf(cut(xml, offsets))).toEqual(eventsOf(xml));
      }),
      { numRuns: propertyRuns(2_000) },
    );
  });

  it('reads one character at a time as it reads the whole', () => {
    const xml = `<sst count="2"><si><t xml:space="preserve">Part &#201;tat &amp; CD</t></si><si><t><![CDATA[a<b]]></t></si></sst>`;
    expect(eventsOf([...xml])).toEqual(eventsOf(xml));
    expect(eventsOf(xml)).toContain('text "Part État & CD"');
    expect(eventsOf(xml)).toContain('text "a<b"');
  });

  it('gives element names without their namespace prefix', () => {
    expect(eventsOf('<x:worksheet><x:row r="1"/></x:worksheet>')).toEqual(['open worksheet ""', 'open row "r=\\"1\\"" /', 'close row', 'close worksheet']);
  });

  it('refuses a closing tag that does not close the element open', () => {
    expect(() => eventsOf('<row><c></row></c>')).toThrow(XmlError);
    expect(() => eventsOf('<x:row></y:row>')).toThrow(XmlError);
    expect(() => eventsOf(['<row><c>', '</row>'])).toThrow(/unexpected <\/row>/);
  });

  it('refuses a closing tag with nothing open, an element left open and a part cut short', () => {
    expect(() => eventsOf('<a/></a>')).toThrow(XmlError);
    expect(() => eventsOf('<sheetData><row>')).toThrow(/unclosed <row>/);
    expect(() => eventsOf('<sheetData><row r="1"')).toThrow(/unexpected end/);
  });

  it('refuses a document type declaration (entity expansion) rather than reading it', () => {
    expect(() => eventsOf('<!DOCTYPE lolz [<!ENTITY lol "lol">]><a>&lol;</a>')).toThrow(/document type/);
  });

  it('keeps text outside the root element and comments out of the events', () => {
    expect(eventsOf('  <!-- c --><a>1<!-- c -->2</a>\n')).toEqual(['open a ""', 'text "12"', 'close a']);
  });

  it('keeps a scanner reusable across writes until end()', () => {
    const seen: string[] = [];
    const scanner = new XmlScanner({ open: (tag) => seen.push(tag), close: () => {}, text: () => {} });
    scanner.write('<a><b');
    expect(seen).toEqual(['a']);
    scanner.write('/></a>');
    scanner.end();
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('attributes and entities', () => {
  it('reads an attribute by its local name, in either quotes, entities decoded', () => {
    const raw = ` r:id="rId1" name='Part &quot;État&quot;' x:ref="A1:F8"`;
    expect(attribute(raw, 'id')).toBe('rId1');
    expect(attribute(raw, 'name')).toBe('Part "État"');
    expect(attribute(raw, 'ref')).toBe('A1:F8');
    expect(attribute(raw, 'missing')).toBeUndefined();
    // "id" is not read out of "sheetId".
    expect(attribute(' sheetId="3"', 'id')).toBeUndefined();
  });

  it('reads booleans as Office and LibreOffice write them', () => {
    expect(booleanAttribute(' hidden="1"', 'hidden')).toBe(true);
    expect(booleanAttribute(' hidden="true"', 'hidden')).toBe(true);
    expect(booleanAttribute(' hidden="false"', 'hidden')).toBe(false);
    expect(booleanAttribute(' hidden="0"', 'hidden')).toBe(false);
    expect(booleanAttribute('', 'hidden')).toBeUndefined();
  });

  it('decodes numeric and named entities and leaves unknown or out-of-range ones as written', () => {
    expect(decodeEntities('&#8239;&#x20AC;&lt;&gt;&amp;&quot;&apos;')).toBe('\u202f€<>&"\'');
    expect(decodeEntities('&nbsp; &#0; &#x110000;')).toBe('&nbsp; &#0; &#x110000;');
  });
});
