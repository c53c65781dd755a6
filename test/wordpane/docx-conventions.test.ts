import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConventionDocx } from '../../src/docx/convention-docx';
import { BUILT_IN_PROFILE, checkConvention, checkWorkbook, paragraphsAfter } from '../../src/domain';
import { OfficeDocument } from '../../src/word/office-document';
import { budgetYear, checkDocument } from '../../src/wordpane/document-check';
import { readXlsx } from '../../src/xlsx/xlsx-read';
import { snapshotOfBook } from '../../src/xlsx/xlsx-snapshot';
import { FakeWord } from '../helpers/fake-word';
import { differenceText } from '../../src/i18n/convention-sentences';

/**
 * The Word pane's path — Word's paragraphs read through the adapter, checked, written as tracked
 * changes — on conventions LibreOffice Writer saved (test/fixtures/conventions-docx, written for the
 * .docx half, not for this one), against both budgets of the example workbook. Accepting our
 * changes must give exactly what the domain says the document reads after the write (the same
 * result the .docx writer is held to); rejecting them, the convention as it was.
 */

const FIXTURES = join(__dirname, '../fixtures/conventions-docx');
const workbook = readFileSync(join(__dirname, '../../examples/convention-bassin-minier-2022.xlsx'));
const budgets = checkWorkbook(snapshotOfBook(readXlsx(new Uint8Array(workbook), 'convention-bassin-minier-2022.xlsx'), 'convention-bassin-minier-2022.xlsx')).budgets;

const cases = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.docx'))
  .flatMap((name) => budgets.map((budget) => [name, budget.label] as const));

test.each(cases)('%s against the %s budget: the same differences as the .docx half, written and accepted into what the domain says', async (name, label) => {
  const budget = budgets.find((candidate) => candidate.label === label)!;
  const paragraphs = readConventionDocx(new Uint8Array(readFileSync(join(FIXTURES, name))), name).paragraphs;
  const word = new FakeWord(paragraphs);
  const document = new OfficeDocument(word.host());
  const read = await document.read();
  expect(read.map((paragraph) => paragraph.text)).toEqual(paragraphs);

  const request = { profile: BUILT_IN_PROFILE };
  const check = checkDocument(read, budget, request);
  const domain = checkConvention(paragraphs, budget, { year: budgetYear(budget, request), profile: BUILT_IN_PROFILE });
  expect(check.differences.map((difference) => difference.message.fr)).toEqual((domain.comparison?.differences ?? []).map((difference) => differenceText(difference, 'fr')));
  if (domain.write === null) return;

  const report = await document.writeArticles(check.writes, { track: true });
  expect(report.tracked).toBe(true);
  expect(word.trackingMode).toBe('Off');
  // Read back as Word reads it with the changes pending (tracked deletions left out): nothing differs.
  const again = checkDocument(await document.read(), budget, request);
  expect(again.differences.map((difference) => difference.message.fr)).toEqual([]);

  // Word-level changes: an item whose amount alone differs keeps its words, only the amount is struck.
  for (const line of word.markup().filter((text) => text.includes('~~') && !text.startsWith('~~¶'))) {
    expect(line).toMatch(/^[^~+]{8,}/);
  }
  const original = word.original();
  word.acceptAll();
  expect(word.current()).toEqual(paragraphsAfter(paragraphs, domain.write));
  expect(original).toEqual(paragraphs);
});

test('docs/word-acceptance.md step 2 says what the pane shows for convention-ecarts.docx and the Nord budget', async () => {
  const paragraphs = readConventionDocx(new Uint8Array(readFileSync(join(FIXTURES, 'convention-ecarts.docx'))), 'convention-ecarts.docx').paragraphs;
  const nord = budgets.find((budget) => budget.label === 'Nord')!;
  const check = checkDocument(await new OfficeDocument(new FakeWord(paragraphs).host()).read(), nord, { profile: BUILT_IN_PROFILE });
  const lines = check.differences.map((difference) => difference.message.fr.replace(/[\u00a0\u202f]/g, ' '));
  expect(lines).toEqual([
    'Montant de l’article 4.1 : 490 000 € dans la convention, 500 000 € dans le budget',
    'Action 2 : 26 000 € dans la convention, 70 854 € dans le budget',
    'Action 3, intitulé : « Développer la mobilisation des collèges comme outil de prévention » dans la convention, « Développer la mobilisation des internats scolaires comme outil de prévention » dans le budget',
    'Action 4 : un axe vide « (axe ) » dans la convention, l’axe 1 dans le budget',
    'Action 5 : dans le budget (60 000 €), absente de l’article 4.1 de la convention',
    'Action 7 : dans l’article 4.1 de la convention (45 000 €), absente du budget',
    'Coût total de l’article 3.1 : 1 700 000 € dans la convention, 1 745 883 € dans le budget',
  ]);
  expect(check.amendment?.paragraphs[0]?.replace(/[\u00a0\u202f]/g, ' ')).toBe('L’article 4.1 de la convention du 17 octobre 2022 est remplacé par les dispositions suivantes :');
});
