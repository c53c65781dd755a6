import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkConvention } from '../../src/domain';
import { readConventionDocx, writeConventionDocx } from '../../src/docx/convention-docx';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { acceptAll, documentXmlOf, plainParagraphs, soffice } from '../helpers/accept-changes';
import { sheetBudget } from '../helpers/sheet-budget';
import { withCell } from '../helpers/workbooks';

/**
 * Word's own layout, as Word saves it: rsids and paraIds on every paragraph, runs split mid-word where
 * the spell checker or an edit left them (with w:proofErr between), bookmarks around an amount, the
 * year a DOCPROPERTY field (w:fldSimple) and the envelope a complex field (w:fldChar), the heading's
 * number and the items' bullets drawn by Word's numbering (w:numPr, not in the text), a hyperlink in
 * a title, another author's tracked changes, a section break at the end.
 */
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"';
let paraId = 0x1a2b3c00;
const p = (content: string, properties = '') =>
  `<w:p w14:paraId="${(paraId++).toString(16).toUpperCase()}" w14:textId="77777777" w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${content}</w:p>`;
const r = (text: string, properties = '') =>
  `<w:r w:rsidRPr="00D4E5F6">${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${text}</w:t></w:r>`;
const numbered = (level: number, id: number) => `<w:pStyle w:val="Paragraphedeliste"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr><w:spacing w:after="60"/>`;
const item = (content: string) => p(content, numbered(0, 2));

const HEADING = p(
  `${r('Pour l’')}<w:proofErr w:type="spellStart"/>${r('an')}${r('née', '<w:i/>')}<w:proofErr w:type="spellEnd"/>${r(' ')}` +
    `<w:fldSimple w:instr=" DOCPROPERTY  Annee  \\* MERGEFORMAT ">${r('2022')}</w:fldSimple>` +
    `${r(', l’administration contribue financièrement pour un montant de ')}` +
    `<w:bookmarkStart w:id="0" w:name="Enveloppe"/>` +
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY Enveloppe </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('500 000 €', '<w:b/>')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
    `<w:bookmarkEnd w:id="0"/>${r(', pour les actions suivantes :')}`,
  numbered(1, 1),
);

const ITEMS = [
  item(`${r('Action 1 (axe 2) : Mettre en œuvre, coordonner et animer un réseau de prévention précoce pour l’apprentissage du langage pour un montant de 45 139 €')}`),
  item(
    `${r('Action 2 (axe 2) : Mieux garantir le droit à la ')}<w:ins w:id="101" w:author="Marie Dupont" w:date="2024-11-02T09:00:00Z">${r('santé')}</w:ins><w:del w:id="102" w:author="Marie Dupont" w:date="2024-11-02T09:00:00Z"><w:r><w:delText>sante</w:delText></w:r></w:del>${r(' des enfants pour un montant de ')}${r('70 8', '<w:b/>')}${r('54 €', '<w:b/>')}`,
  ),
  item(
    `${r('Action 3 (axe 2) : Développer la mobilisation des ')}<w:hyperlink r:id="rId9" w:history="1">${r('internats scolaires', '<w:rStyle w:val="Lienhypertexte"/>')}</w:hyperlink>${r(' comme outil de prévention pour un montant de 42 181 €')}`,
  ),
  item(`${r('Action 4 (axe 1) : Renforcer les clauses soc')}<w:proofErr w:type="gramStart"/>${r('iales d’insertion au service de l’ERBM pour un montant de 54 460 €')}<w:proofErr w:type="gramEnd"/>`),
  item(`${r('Action 5 (axe 1) : Développer une plate-forme «\u00a0Mobilité inclusive\u00a0» pour un montant de 60 000 €')}`),
  item(`${r('Action 6 (axe 2) : Créer une équipe mobile pour le Bassin minier dédiée à la prise en charge des situations complexes d’enfants de l’ASE pour un montant de 227 366 €')}`),
];

const BODY = [
  p(r('CONVENTION ATTRIBUTIVE DE SUBVENTION'), '<w:pStyle w:val="Titre"/>'),
  p(r('ARTICLE 3 – Conditions de détermination du coût du projet'), '<w:pStyle w:val="Titre1"/>'),
  p(
    `${r('3.1')}<w:r><w:tab/></w:r>${r('Le coût total estimé éligible des projets sur la durée de la convention est évalué à ')}<w:bookmarkStart w:id="1" w:name="Cout"/>${r('1 745 8')}${r('83 EUR')}<w:bookmarkEnd w:id="1"/>${r(', conformément aux annexes 1 et 2.')}`,
  ),
  p(r('ARTICLE 4 – Conditions de détermination de la contribution financière'), '<w:pStyle w:val="Titre1"/>'),
  HEADING,
  ...ITEMS,
  p(r('4.2 Les contributions figurant aux 4.1, ne peuvent se substituer aux dépenses existantes du Conseil Départemental.')),
  p(r('Fait à Arras, le 17 octobre 2022')),
].join('');

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body>${BODY}<w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;

function wordFile(document: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/internats" TargetMode="External"/></Relationships>',
    ),
  });
}

const NORD = sheetBudget(NORD_SHEET.rows);
const NOW = new Date('2025-03-14T10:20:30Z');
const input = wordFile(DOCUMENT);
const document = readConventionDocx(input, 'convention.docx');

describe('Word’s own layout, read', () => {
  test('paragraphs as Word counts them: fields show their result, other authors’ changes accepted, numbers Word draws absent', () => {
    expect(document.paragraphs[4]).toBe('Pour l’année 2022, l’administration contribue financièrement pour un montant de 500 000 €, pour les actions suivantes :');
    expect(document.paragraphs[6]).toBe('Action 2 (axe 2) : Mieux garantir le droit à la santé des enfants pour un montant de 70 854 €');
    expect(document.paragraphs[2]).toBe('3.1\tLe coût total estimé éligible des projets sur la durée de la convention est évalué à 1 745 883 EUR, conformément aux annexes 1 et 2.');
  });

  test('it agrees with the Nord budget; each planted difference is found, and nothing else', () => {
    expect(checkConvention(document.paragraphs, NORD, { year: 2022 }).comparison?.differences).toEqual([]);
    const changed = sheetBudget(withCell(withCell(withCell(NORD_SHEET.rows, 2, 4, 75_000), 3, 2, 'Développer les internats'), 4, 1, 2));
    const differences = checkConvention(document.paragraphs, changed, { year: 2023 }).comparison?.differences ?? [];
    expect(differences.map((difference) => [difference.kind, difference.action, difference.paragraph])).toEqual([
      ['year', null, 4],
      ['envelope', null, 4],
      ['amount', '2', 6],
      ['title', '3', 7],
      ['axis', '4', 8],
    ]);
  });
});

describe('the budget written into Word’s own layout', () => {
  const work = mkdtempSync(join(tmpdir(), 'word-layout-'));
  const changed = sheetBudget([...withCell(withCell(NORD_SHEET.rows, 2, 4, 75_000), 1, 3, 170_000).slice(0, 6), [7, 1, 'Une action nouvelle', 20_000, 10_000, 10_000, null]]);
  const written = writeConventionDocx(document, changed, { year: 2023 }, NOW);
  const output = written.bytes as Uint8Array;
  const xml = documentXmlOf(output);
  const file = join(work, 'convention (budget 2023).docx');
  writeFileSync(file, output);

  test('fields are kept whole or deleted whole with their code; bookmarks, proofing marks and others’ changes stay', () => {
    // The year changed: the DOCPROPERTY field is deleted whole, written as a complex field in w:del.
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:delInstrText xml:space="preserve"> DOCPROPERTY {2}Annee {2}\\\* MERGEFORMAT <\/w:delInstrText><\/w:r>/);
    // The envelope changed: its complex field's runs are deleted, its code with them.
    expect(xml).toContain('<w:delInstrText xml:space="preserve"> DOCPROPERTY Enveloppe </w:delInstrText>');
    expect(xml).toContain('<w:bookmarkStart w:id="0" w:name="Enveloppe"/>');
    expect(xml).toContain('<w:proofErr w:type="spellStart"/>');
    expect(xml).toContain('<w:del w:id="102" w:author="Marie Dupont" w:date="2024-11-02T09:00:00Z"><w:r><w:delText>sante</w:delText></w:r></w:del>');
    expect(xml).toContain('<w:hyperlink r:id="rId9" w:history="1">');
    // The new item is a list paragraph like the others, its mark inserted.
    expect(xml).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="Paragraphedeliste"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="2"\/><\/w:numPr><w:spacing w:after="60"\/><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">Action 7 \(axe 1\) : Une action nouvelle pour un montant de 10\u202f000\u00a0€<\/w:t><\/w:r><\/w:ins><\/w:p>/,
    );
    // Revision ids stay clear of the document's own (101, 102).
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)" w:author="Convention Budget"/g)].map((match) => Number(match[1]));
    expect(Math.min(...ids)).toBeGreaterThan(102);
  });

  test('every paragraph but those of the two articles, and the section, byte for byte', () => {
    for (const unchanged of [...BODY.matchAll(/<w:p [^>]*>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g)]
      .map((match) => match[0])
      .filter((paragraph) => /CONVENTION|ARTICLE|4\.2|Fait à|Action 1 |Action 4 |Action 5 /.test(paragraph))) {
      expect(xml).toContain(unchanged);
    }
    expect(xml.endsWith(DOCUMENT.slice(DOCUMENT.indexOf('<w:sectPr')))).toBe(true);
    expect(xml.startsWith(DOCUMENT.slice(0, DOCUMENT.indexOf('<w:body>') + 8))).toBe(true);
    const before = unzipSync(input);
    const after = unzipSync(output);
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name]).toEqual(before[name]);
  });

  test('accepted, it reads as the budget says; LibreOffice opens it and reads the same', () => {
    const accepted = plainParagraphs(acceptAll(xml));
    expect(checkConvention(accepted, changed, { year: 2023 }).comparison?.differences).toEqual([]);
    expect(accepted[4]).toBe('Pour l’année 2023, l’administration contribue financièrement pour un montant de 286\u202f780\u00a0€, pour les actions suivantes :');
    expect(accepted[2]).toBe('3.1\tLe coût total estimé éligible des projets sur la durée de la convention est évalué à 715\u202f000\u00a0€, conformément aux annexes 1 et 2.');
    const text = soffice(file, 'txt:Text');
    expect(text).toContain('Une action nouvelle');
    const flat = soffice(file, 'fodt');
    expect(flat).toContain('<dc:creator>Convention Budget</dc:creator>');
    expect(flat).toContain('<dc:creator>Marie Dupont</dc:creator>');
  }, 120_000);
});
