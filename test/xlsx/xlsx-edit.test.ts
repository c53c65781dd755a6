import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { cellDate, cellError } from '../../src/domain';
import { MARK_MARKER, NOTE_HEADING } from '../../src/workbook/our-marks';
import { type CellMark, type CellWrite, patchXlsx } from '../../src/xlsx/xlsx-edit';
import { readXlsx } from '../../src/xlsx/xlsx-read';

/**
 * The patcher, one kind of patch at a time, on parts Microsoft Excel and LibreOffice saved
 * (test/fixtures/excel, test/fixtures/libreoffice): each test says which part changes and how, and
 * that the rest of the part is the writer's own bytes.
 */

type Parts = Record<string, Uint8Array>;

const fixture = (folder: 'excel' | 'libreoffice', name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../fixtures', folder, name)));

function patched(bytes: Uint8Array, cells: Readonly<Record<string, Readonly<Record<string, CellWrite>>>>, marks: readonly CellMark[] = []): Parts {
  const map = new Map(Object.entries(cells).map(([sheet, writes]) => [sheet, new Map(Object.entries(writes))]));
  return unzipSync(patchXlsx(bytes, { cells: map, marks }));
}

const text = (parts: Parts, name: string): string => {
  const bytes = parts[name];
  if (bytes === undefined) throw new Error(`no part ${name}`);
  return strFromU8(bytes);
};

/** The parts whose bytes differ, were added or were taken out. */
function changedParts(before: Parts, after: Parts): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] === undefined || after[name] === undefined || Buffer.compare(Buffer.from(before[name]), Buffer.from(after[name])) !== 0).sort();
}

const value = (v: CellWrite['value'], formula: string | null = null): CellWrite => ({ value: v, formula });
const SHEET = 'xl/worksheets/sheet1.xml';

describe('patchXlsx, one kind of patch at a time', () => {
  test('a value written into cells Excel wrote: those elements only, a shared string becoming an inline one, the style kept', () => {
    const file = fixture('excel', 'excel-table10.xlsx');
    const before = unzipSync(file);
    const after = patched(file, { Sheet1: { B3: value('Coût total'), K4: value(42, 'B4+C4'), B4: value(7) } });
    expect(text(after, SHEET)).toBe(
      text(before, SHEET)
        .replace('<c r="B3" t="s"><v>0</v></c>', '<c r="B3" t="inlineStr"><is><t xml:space="preserve">Coût total</t></is></c>')
        .replace('<c r="B4"><v>0</v></c>', '<c r="B4"><v>7</v></c>')
        .replace('<c r="K4" s="1"><f>SUM(Table1[[#This Row],[Column1]:[Column3]])</f><v>0</v></c>', '<c r="K4" s="1"><f>B4+C4</f><v>42</v></c>'),
    );
    // The shared strings are Excel's: B3's string stays there for whoever else names it.
    expect(changedParts(before, after)).not.toContain('xl/sharedStrings.xml');
  });

  test.each<[string, CellWrite, string]>([
    ['a number', value(130000), '<c r="D7" s="5"><v>130000</v></c>'],
    ['a text', value('130 000 € (à confirmer)'), '<c r="D7" s="5" t="inlineStr"><is><t xml:space="preserve">130 000 € (à confirmer)</t></is></c>'],
    ['a formula and its number', value(130000, 'E7+F7'), '<c r="D7" s="5"><f>E7+F7</f><v>130000</v></c>'],
    ['a formula and its text', value('a<b', 'IF(E7>0,"a<b","")'), '<c r="D7" s="5" t="str"><f>IF(E7&gt;0,&quot;a&lt;b&quot;,&quot;&quot;)</f><v>a&lt;b</v></c>'],
    ['a boolean', value(true), '<c r="D7" s="5" t="b"><v>1</v></c>'],
    ['an error', value(cellError('#N/A')), '<c r="D7" s="5" t="e"><v>#N/A</v></c>'],
    ['a date, as its serial number', value(cellDate(new Date(Date.UTC(2023, 0, 31)))), '<c r="D7" s="5"><v>44957</v></c>'],
    ['nothing (a cleared cell), its style kept', value(null), '<c r="D7" s="5"/>'],
  ])('%s written into a cell LibreOffice wrote (its t="n" dropped, its style kept)', (_kind, write, expected) => {
    const file = fixture('libreoffice', 'budget-officier.xlsx');
    const before = text(unzipSync(file), SHEET);
    const after = text(patched(file, { Nord: { D7: write } }), SHEET);
    expect(after).toBe(before.replace('<c r="D7" s="5" t="n"><v>100000</v></c>', expected));
  });

  test('a cell added to a row Excel wrote: in column order, before the first cell to its right, or last', () => {
    const file = fixture('excel', 'excel-table10.xlsx');
    const before = text(unzipSync(file), SHEET);
    const after = text(patched(file, { Sheet1: { E4: value(5), L4: value('fin') } }), SHEET);
    expect(after).toBe(
      before
        .replace('<c r="D4"><v>0</v></c><c r="G4">', '<c r="D4"><v>0</v></c><c r="E4"><v>5</v></c><c r="G4">')
        .replace('<v>0</v></c></row><row r="5"', '<v>0</v></c><c r="L4" t="inlineStr"><is><t xml:space="preserve">fin</t></is></c></row><row r="5"'),
    );
  });

  test('a row added where Excel wrote none: between its rows in order, and after the last', () => {
    const file = fixture('excel', 'excel-table10.xlsx');
    const before = text(unzipSync(file), SHEET);
    const after = text(patched(file, { Sheet1: { A2: value('Titre'), C9: value(3) } }), SHEET);
    expect(after).toBe(
      before
        .replace('</row><row r="3"', '</row><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">Titre</t></is></c></row><row r="3"')
        .replace('</row></sheetData>', '</row><row r="9"><c r="C9"><v>3</v></c></row></sheetData>'),
    );
  });

  test('a shared formula whose first cell is rewritten: its other cells get their own formula, moved', () => {
    // Excel writes a formula filled down once, in its first cell; the others name it by index.
    const base = unzipSync(fixture('excel', 'excel-table10.xlsx'));
    const sheet = text(base, SHEET)
      .replace(/<c r="K4" s="1"><f>[^<]*<\/f>/, '<c r="K4" s="1"><f t="shared" ref="K4:K5" si="0">B4+C4</f>')
      .replace(/<c r="K5" s="1"><f>[^<]*<\/f>/, '<c r="K5" s="1"><f t="shared" si="0"/>');
    const file = zipSync({ ...base, [SHEET]: strToU8(sheet) });
    const after = text(patched(file, { Sheet1: { K4: value(1, 'B4*2') } }), SHEET);
    expect(after).toBe(
      sheet.replace('<c r="K4" s="1"><f t="shared" ref="K4:K5" si="0">B4+C4</f><v>0</v></c>', '<c r="K4" s="1"><f>B4*2</f><v>1</v></c>').replace('<f t="shared" si="0"/>', '<f>B5+C5</f>'),
    );
    expect(readXlsx(patchXlsx(file, { cells: new Map([['Sheet1', new Map([['K4', value(1, 'B4*2')]])]]), marks: [] })).sheets[0]?.formulas.get('K5')).toBe('B5+C5');
  });

  test('a note of ours on a sheet without notes: its notes part, drawing, relationships and content types, ids unique beside a hyperlink', () => {
    // Excel's sheet, its relationships numbered the other way round: the hyperlink (outside the package) holds rId2.
    const base = unzipSync(fixture('excel', 'excel-table03.xlsx'));
    const RELS = 'xl/worksheets/_rels/sheet1.xml.rels';
    const swap = (xml: string) =>
      xml
        .replace(/"rId1"/g, '"rIdX"')
        .replace(/"rId2"/g, '"rId1"')
        .replace(/"rIdX"/g, '"rId2"');
    const file = zipSync({ ...base, [RELS]: strToU8(swap(text(base, RELS))), [SHEET]: strToU8(swap(text(base, SHEET))) });
    const before = unzipSync(file);
    const after = patched(file, {}, [{ sheet: 'Sheet1', cell: 'C3', severity: 'error', messages: ['Action 1 : à revoir.'] }]);
    const rels = text(after, RELS);
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    const drawing = /Id="(rId\d+)" Type="[^"]*\/vmlDrawing" Target="\.\.\/drawings\/vmlDrawing1\.vml"/.exec(rels)?.[1];
    expect(rels).toMatch(/Type="[^"]*\/comments" Target="\.\.\/comments1\.xml"/);
    expect(text(after, SHEET)).toBe(
      text(before, SHEET)
        .replace(
          '<hyperlinks>',
          `<conditionalFormatting sqref="C3"><cfRule type="expression" dxfId="0" priority="1"><formula>N("${MARK_MARKER}:mark-error:00000000")+1</formula></cfRule></conditionalFormatting><hyperlinks>`,
        )
        .replace('<tableParts', `<legacyDrawing r:id="${drawing}"/><tableParts`),
    );
    expect(text(after, 'xl/comments1.xml')).toContain(
      `<comment ref="C3" authorId="0"><text><r><rPr><sz val="9"/></rPr><t xml:space="preserve">${NOTE_HEADING}\n• Action 1 : à revoir.</t></r></text></comment>`,
    );
    expect(text(after, 'xl/drawings/vmlDrawing1.vml')).toContain('<x:Row>2</x:Row><x:Column>2</x:Column>');
    expect(text(after, '[Content_Types].xml')).toMatch(/PartName="\/xl\/comments1\.xml"[^>]*comments\+xml/);
    expect(changedParts(before, after)).toEqual(['[Content_Types].xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', RELS, SHEET]);
  });

  test('a note of ours below the officer’s note Excel wrote, then taken back: the officer’s note as Excel wrote it', () => {
    const file = fixture('excel', 'excel-comment01.xlsx');
    const original = unzipSync(file);
    const marked = patchXlsx(file, { cells: new Map(), marks: [{ sheet: 'Sheet1', cell: 'B2', severity: 'warning', messages: ['Action 1 : axe manquant.'] }] });
    expect(text(unzipSync(marked), 'xl/comments1.xml')).toBe(
      text(original, 'xl/comments1.xml').replace(
        '<t>Some text</t></r>',
        `<t>Some text</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">\n\n${NOTE_HEADING}\n• Action 1 : axe manquant.</t></r>`,
      ),
    );
    const cleared = unzipSync(patchXlsx(marked, { cells: new Map(), marks: [] }));
    expect(text(cleared, 'xl/comments1.xml')).toBe(text(original, 'xl/comments1.xml'));
    // The note stays the officer's: Excel's drawing of it too.
    expect(text(cleared, 'xl/drawings/vmlDrawing1.vml')).toBe(text(original, 'xl/drawings/vmlDrawing1.vml'));
  });

  test('our conditional format after the officer’s, its fill a dxf added to the styles part; taken out when no longer flagged, the officer’s kept', () => {
    const file = fixture('libreoffice', 'budget-officier.xlsx');
    const before = unzipSync(file);
    const dxfs = (parts: Parts) => Number(/<dxfs count="(\d+)"/.exec(text(parts, 'xl/styles.xml'))?.[1]);
    const marked = patchXlsx(file, { cells: new Map(), marks: [{ sheet: 'Nord', cell: 'E7', severity: 'error', messages: ['Plafond dépassé.'] }] });
    const after = unzipSync(marked);
    const ours = `<conditionalFormatting sqref="E7"><cfRule type="expression" dxfId="${dxfs(before)}" priority="1"><formula>N("${MARK_MARKER}:mark-error:00000000")+1</formula></cfRule></conditionalFormatting>`;
    expect(text(after, SHEET)).toContain(`</conditionalFormatting>${ours}`);
    expect(dxfs(after)).toBe(dxfs(before) + 1);
    const officers = (xml: string) => [...xml.matchAll(/<cfRule type="(\w+)"/g)].map((match) => match[1]).filter((type) => type !== 'expression' || !xml.includes(MARK_MARKER));
    const cleared = text(unzipSync(patchXlsx(marked, { cells: new Map(), marks: [] })), SHEET);
    expect(cleared).not.toContain(MARK_MARKER);
    expect([...cleared.matchAll(/<cfRule type="(\w+)"/g)].map((match) => match[1])).toEqual(officers(text(before, SHEET)));
  });

  test('the first version’s fill in a cell’s style is taken out with its note of ours: the style it was made from comes back, the officer’s note stays', () => {
    const file = fixture('libreoffice', 'budget-officier-marque-v1-libreoffice.xlsx');
    const before = unzipSync(file);
    const after = patched(file, {});
    // The cells our notes name, filled by the first version: each gets the style it was made from
    // (one alike without the fill), or that style without its fill, added (F5's: none was alike).
    expect(text(after, SHEET)).toBe(
      text(before, SHEET)
        .replace('<c r="D7" s="9"', '<c r="D7" s="7"')
        .replace('<c r="E7" s="9"', '<c r="E7" s="7"')
        .replace('<c r="B9" s="10"/>', '<c r="B9" s="1"/>')
        .replace('<c r="F5" s="8"', '<c r="F5" s="17"')
        .replace('<c r="F10" s="13"', '<c r="F10" s="12"'),
    );
    expect(text(after, 'xl/styles.xml')).toContain('<cellXfs count="18">');
    const notes = text(after, 'xl/comments1.xml');
    expect(notes).not.toContain(NOTE_HEADING);
    expect(notes).toContain('Action reconduite de 2021');
  });

  test.each([
    ['Excel', 'excel', 'excel-table10.xlsx', '<calcPr calcId="124519"/>', '<calcPr calcId="124519" fullCalcOnLoad="1"/>'],
    [
      'LibreOffice',
      'libreoffice',
      'budget-officier.xlsx',
      '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.0001"/>',
      '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.0001" fullCalcOnLoad="1"/>',
    ],
  ] as const)('a cell written: the workbook %s saved is recalculated on opening, its calculation chain dropped', (_writer, folder, name, calcPr, recalculated) => {
    const file = fixture(folder, name);
    const before = unzipSync(file);
    const sheet = readXlsx(file).sheets[0]?.name ?? '';
    const after = patched(file, { [sheet]: { A20: value(1) } });
    expect(text(after, 'xl/workbook.xml')).toBe(text(before, 'xl/workbook.xml').replace(calcPr, recalculated));
    expect(after['xl/calcChain.xml']).toBeUndefined();
    expect(text(after, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(text(after, '[Content_Types].xml')).not.toContain('calcChain');
    // Marks alone change no value: the workbook part is left as it was.
    expect(changedParts(before, patched(file, {}, [{ sheet, cell: 'A1', severity: 'warning', messages: ['x'] }]))).not.toContain('xl/workbook.xml');
  });
});
