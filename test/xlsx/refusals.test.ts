import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { NORD_SHEET } from '../../src/sample/sample-budgets';
import { readXlsxSheets, XlsxFileError } from '../../src/xlsx/xlsx-sheets';
import { writeWorkbook } from '../helpers/xlsx';
import { zipOf } from '../helpers/zip';
import { runCli } from '../helpers/run-cli';
import { slowTest } from '../helpers/mutation';

const dir = mkdtempSync(join(tmpdir(), 'convention-refusals-'));
const budget = join(dir, 'nord.xlsx');
/** Encrypted with Excel's built-in password: Excel opens it without asking for one. */
const defaultPassword = join(dir, 'nord-chiffre.xlsx');
/** Encrypted with a password of the officer's. */
const ownPassword = join(dir, 'nord-mot-de-passe.xlsx');

beforeAll(async () => {
  await writeWorkbook(budget, [{ name: 'Nord', rows: NORD_SHEET.rows }]);
  const bytes = readFileSync(budget);
  writeFileSync(defaultPassword, officeCrypto.encrypt(bytes, { password: 'VelvetSweatshop' }));
  writeFileSync(ownPassword, officeCrypto.encrypt(bytes, { password: 'budget-2022' }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workbooks encrypted with Excel’s default password', () => {
  slowTest('the command line reads them as Excel opens them, and says it did; the input is untouched', async () => {
    const before = readFileSync(defaultPassword);
    expect(before.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    const { status, out, err } = await runCli('check', defaultPassword, '--envelope', '500 000');
    expect(out).toContain('Vérification de «\u202fnord-chiffre.xlsx\u202f»\u00a0: 1 budget, 0 erreur, 0 avertissement');
    expect(err).toBe('«\u202fnord-chiffre.xlsx\u202f» est chiffré avec le mot de passe par défaut d’Excel, qui l’ouvre sans en demander\u00a0: il est lu déchiffré.\n');
    expect(status).toBe(0);
    expect(readFileSync(defaultPassword).equals(before)).toBe(true);
    const clause = await runCli('clause', defaultPassword, '--year', '2022');
    expect(clause.out).toContain('- Action 6 (axe 2)\u00a0: Créer une équipe mobile');
  });

  slowTest('a password of the officer’s: refused, saying Excel asks for it and how to take it off', async () => {
    const { status, err } = await runCli('check', ownPassword);
    expect(status).toBe(2);
    expect(err).toBe(
      'convention-budget: «\u202fnord-mot-de-passe.xlsx\u202f» ne peut pas être lu\u00a0: le classeur est protégé par un mot de passe qu’Excel demande à l’ouverture\u00a0: ouvrez-le dans Excel, ôtez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe) et enregistrez-le.\n',
    );
  });

  test('the page, which does not decrypt, says that a workbook Excel opens without a password needs a copy saved', async () => {
    const data = readFileSync(defaultPassword);
    const error = await readXlsxSheets(data.buffer.slice(data.byteOffset, data.byteOffset + data.length), 'nord-chiffre.xlsx').then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).reason.fr).toBe(
      'le classeur est chiffré\u00a0: s’il s’ouvre dans Excel sans demander de mot de passe, enregistrez-en une copie (Fichier › Enregistrer une copie, au format .xlsx) et ouvrez cette copie\u202f; s’il en demande un, ôtez-le (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe) et enregistrez-le',
    );
  });
});

describe('damaged packages are said to be damaged', () => {
  const cases: Array<[string, Buffer, RegExp]> = [
    ['vide.xlsx', zipOf([]), /le fichier est endommagé\s: c’est une archive zip qui ne contient rien d’un classeur/],
    ['un-texte.xlsx', zipOf([['test.txt', Buffer.from('ceci n’est pas un classeur')]]), /le fichier est endommagé\s: c’est une archive zip qui ne contient rien d’un classeur/],
    [
      'sans-classeur.xlsx',
      zipOf([
        ['[Content_Types].xml', Buffer.from('<Types/>')],
        ['xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>')],
      ]),
      /le fichier est endommagé\s: la partie principale du classeur \(workbook\.xml\) y manque/,
    ],
    [
      'parties-seules.xlsx',
      zipOf([
        ['xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>')],
        ['xl/sharedStrings.xml', Buffer.from('<sst/>')],
      ]),
      /le fichier est endommagé\s: la partie principale du classeur \(workbook\.xml\) y manque/,
    ],
    [
      'feuilles-absentes.xlsx',
      zipOf([
        ['[Content_Types].xml', Buffer.from('<Types/>')],
        [
          '_rels/.rels',
          Buffer.from(
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
          ),
        ],
        [
          'xl/workbook.xml',
          Buffer.from('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Nord" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ],
      ]),
      /le fichier est endommagé : ses feuilles de calcul y manquent/,
    ],
  ];

  test.each(cases)('%s', async (name, bytes, sentence) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const { status, err } = await runCli('check', file);
    expect(status).toBe(2);
    expect(err).toMatch(sentence);
    expect(err).not.toMatch(/extrayez|aucune feuille de calcul/);
  });

  test('a zip that holds workbooks is an archive to extract them from', async () => {
    const file = join(dir, 'budgets.zip.xlsx');
    writeFileSync(file, zipOf([['Nord/budget.xlsx', readFileSync(budget)]]));
    const { status, err } = await runCli('check', file);
    expect(status).toBe(2);
    expect(err).toMatch(/c’est une archive zip qui contient des classeurs \(Nord\/budget\.xlsx\), pas un classeur\s: extrayez-les/);
  });
});
