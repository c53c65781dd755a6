import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { type Budget, checkConvention, clauseOf } from '../../src/domain';
import { readConventionDocx, writeConventionDocx } from '../../src/docx/convention-docx';
import { bodyParagraphs } from '../../src/docx/docx-text';
import { parseXmlTree } from '../../src/docx/xml-tree';
import { rewriteZip } from '../../src/docx/zip-rewrite';
import { NORD_SHEET, PAS_DE_CALAIS_SHEET } from '../../src/sample/sample-budgets';
import { acceptAll, documentXmlOf, plainParagraphs, soffice } from '../helpers/accept-changes';
import { sheetBudget } from '../helpers/sheet-budget';
import { withCell } from '../helpers/workbooks';

/**
 * Conventions saved by LibreOffice Writer (test/fixtures/conventions-docx, made by
 * scripts/make-convention-fixtures.ts): read, compared, written as tracked changes, opened again by
 * LibreOffice, accepted.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/conventions-docx', name)));
const work = mkdtempSync(join(tmpdir(), 'convention-docx-'));
const NOW = new Date('2025-03-14T10:20:30.456Z');

const NORD = sheetBudget(NORD_SHEET.rows, 'Nord');
const PAS_DE_CALAIS = sheetBudget(PAS_DE_CALAIS_SHEET.rows, 'Pas-de-Calais');
const kinds = (name: string, budget: Budget) => {
  const document = readConventionDocx(fixture(name), name);
  return checkConvention(document.paragraphs, budget, { year: 2022 }).comparison?.differences.map((difference) => `${difference.kind} ${difference.action ?? '-'}`);
};

describe('conventions saved by LibreOffice Writer, compared', () => {
  test('the Nord convention (a bulleted list, amounts in bold, a word split by italics) agrees with the Nord budget', () => {
    expect(kinds('convention-nord-2022.docx', NORD)).toEqual([]);
  });

  test('the seed’s defect: the Pas-de-Calais convention (a PDF pasted line by line) lists the Nord’s actions', () => {
    const found = kinds('convention-pas-de-calais-2022.docx', PAS_DE_CALAIS) ?? [];
    expect(found.filter((kind) => kind.startsWith('title'))).toEqual(['title 1', 'title 2', 'title 3', 'title 4', 'title 5', 'title 6']);
    expect(found).toContain('cost -');
  });

  test('each difference planted in a numbered list is found, and nothing else', () => {
    expect(kinds('convention-ecarts.docx', NORD)).toEqual(['envelope -', 'amount 2', 'title 3', 'axis 4', 'missing-in-convention 5', 'missing-in-budget 7', 'cost -']);
  });
});

describe('the budget written into a LibreOffice convention', () => {
  const input = fixture('convention-ecarts.docx');
  const document = readConventionDocx(input, 'convention-ecarts.docx');
  const written = writeConventionDocx(document, NORD, { year: 2022 }, NOW);
  const output = written.bytes as Uint8Array;
  const file = join(work, 'convention-ecarts (budget 2022).docx');
  writeFileSync(file, output);
  const xml = documentXmlOf(output);

  test('every other part of the file is as it was, byte for byte', () => {
    const before = unzipSync(input);
    const after = unzipSync(output);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(Buffer.from(after[name] as Uint8Array).equals(Buffer.from(before[name] as Uint8Array))).toBe(true);
    // Even compressed: the zip holds the very bytes it had for them.
    expect(Buffer.from(output).includes(Buffer.from(input.subarray(0, 30 + 19)))).toBe(true);
  });

  test('every other paragraph is as it was, byte for byte', () => {
    const original = document.xml;
    const changed = new Set<number>();
    const write = written.check.write!;
    for (const change of [...write.list, ...(write.cost === null ? [] : [write.cost])]) {
      if (change.kind === 'rewrite' || change.kind === 'delete') for (let index = change.first; index <= change.last; index++) changed.add(index);
    }
    const paragraphs = bodyParagraphs(parseXmlTree(original));
    let from = 0;
    paragraphs.forEach((paragraph, index) => {
      if (changed.has(index)) return;
      const text = original.slice(paragraph.start, paragraph.end);
      const at = xml.indexOf(text, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + text.length;
    });
    expect(changed.size).toBe(6);
  });

  test('our changes are tracked: author « Convention Budget », today’s date, ids unique, in tagged content controls', () => {
    const marks = [...xml.matchAll(/<w:(ins|del) ([^>]*?)\/?>/g)].map((match) => match[2] as string);
    expect(marks.length).toBeGreaterThan(10);
    for (const attributes of marks) {
      expect(attributes).toContain('w:author="Convention Budget"');
      expect(attributes).toContain('w:date="2025-03-14T10:20:30Z"');
    }
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toContain('<w:tag w:val="convention-budget:article-4.1"/>');
    expect(xml).toContain('<w:tag w:val="convention-budget:article-3.1"/>');
    expect(xml).toMatch(/<w:delText xml:space="preserve">collèges<\/w:delText>/);
  });

  test('LibreOffice opens the written file and shows our changes as tracked changes', () => {
    const text = soffice(file, 'txt:Text');
    // Its text export shows deleted and inserted text side by side: both are there.
    expect(text).toContain('collèges');
    expect(text).toContain('internats scolaires');
    const flat = soffice(file, 'fodt');
    expect((flat.match(/<text:changed-region /g) ?? []).length).toBeGreaterThanOrEqual(8);
    expect(flat).toContain('<text:deletion>');
    expect(flat).toContain('<text:insertion>');
    expect(flat).toContain('<dc:creator>Convention Budget</dc:creator>');
  }, 120_000);

  test('accepted, the changes give the budget’s article 4.1 and 3.1: LibreOffice reads them, and comparing again finds nothing', () => {
    const accepted = acceptAll(xml);
    const acceptedFile = join(work, 'accepted.docx');
    writeFileSync(acceptedFile, rewriteZip(output, new Map([['word/document.xml', new TextEncoder().encode(accepted)]])));
    const lines = soffice(acceptedFile, 'txt:Text')
      .split('\n')
      .map((line) => line.trim().replace(/^\d+\.\s+/, ''));
    const write = written.check.write!;
    const start = lines.findIndex((line) => line.startsWith('4.1 '));
    expect(lines[start]).toBe(write.heading);
    expect(lines.slice(start + 1, start + 1 + write.items.length)).toEqual([...write.items]);
    expect(lines[start + 1 + write.items.length]).toMatch(/^4\.2 /);
    expect(lines.find((line) => line.startsWith('3.1 '))).toContain('1\u202f745\u202f883\u00a0€');
    const again = readConventionDocx(new Uint8Array(readFileSync(acceptedFile)), 'accepted.docx');
    expect(checkConvention(again.paragraphs, NORD, { year: 2022 }).comparison?.differences).toEqual([]);
    // The product's own reading of the written file (changes shown accepted) agrees with the plain one,
    // but for the removed item's paragraph, which Word still counts (its mark deleted) until accepted.
    const filled = (paragraphs: readonly string[]) => paragraphs.filter((paragraph) => paragraph !== '');
    expect(filled(readConventionDocx(output).paragraphs)).toEqual(filled(plainParagraphs(accepted)));
  }, 120_000);

  test('written again for a changed budget: one layer of changes from the signed text, never changes upon ours', () => {
    const changed = sheetBudget(withCell(NORD_SHEET.rows, 2, 4, 75_000), 'Nord');
    const second = writeConventionDocx(readConventionDocx(output), changed, { year: 2022 }, NOW);
    const secondXml = documentXmlOf(second.bytes as Uint8Array);
    // No deletion of our own insertion, no second content control.
    expect(secondXml).not.toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>)[\s\S])*<w:del /);
    expect(secondXml.match(/convention-budget:article-4\.1/g)).toHaveLength(1);
    const accepted = plainParagraphs(acceptAll(secondXml));
    expect(checkConvention(accepted, changed, { year: 2022 }).comparison?.differences).toEqual([]);
    expect(checkConvention(accepted, NORD, { year: 2022 }).comparison?.differences.map((difference) => difference.kind)).toEqual(['envelope', 'amount']);
  });

  test('a convention in the budget’s own words, accepted, reads exactly as the budget’s article', () => {
    const nord = readConventionDocx(fixture('convention-nord-2022.docx'));
    const changed = sheetBudget(withCell(withCell(NORD_SHEET.rows, 2, 4, 75_000), 3, 2, 'Développer les internats'), 'Nord');
    const result = writeConventionDocx(nord, changed, { year: 2022 }, NOW);
    const accepted = plainParagraphs(acceptAll(documentXmlOf(result.bytes as Uint8Array)));
    const clause = clauseOf(changed, { year: 2022, envelope: 50_000_000, spacing: 'as-written' });
    const start = accepted.findIndex((line) => line.startsWith('4.1 '));
    // The fixture types amounts with plain spaces: the items the budget changed read exactly as the clause writes them.
    expect(accepted[start + 2]).toBe(clause.items[1]);
    expect(accepted[start + 3]).toBe(clause.items[2]!.replace('42\u202f181\u00a0€', '42 181 €'));
  });
});
