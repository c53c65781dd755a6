import { OfficePackage, PackageError, resolvePart } from '../../src/xlsx/package-parts';
import { zipDirectory } from '../../src/xlsx/zip-directory';
import { zipOf } from '../helpers/zip';

function packageOf(parts: Record<string, string>): OfficePackage {
  const bytes = zipOf(Object.entries(parts).map(([name, text]) => [name, Buffer.from(text)] as const));
  const directory = zipDirectory(bytes);
  if (!directory.ok) throw new Error(directory.problem);
  return new OfficePackage(bytes, directory.entries);
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('an Office package', () => {
  it('follows relationships rather than fixed names, each target resolved from its source’s folder', () => {
    const pkg = packageOf({
      '_rels/.rels': `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="/Classeur/book.xml"/></Relationships>`,
      'Classeur/_rels/book.xml.rels': `<Relationships xmlns="${RELS_NS}">
        <Relationship Id="rId2" Type="${TYPE}/worksheet" Target="feuilles/Nord.xml"/>
        <Relationship Id="rId3" Type="${TYPE}/sharedStrings" Target="../partage/chaines.xml"/>
        <Relationship Id="rId4" Type="${TYPE}/hyperlink" Target="https://example.org/" TargetMode="External"/>
        <Relationship Id="rId5" Type="${TYPE}/worksheet" Target="feuilles/Pas%20de%20Calais.xml"/>
      </Relationships>`,
      'Classeur/book.xml': '<workbook/>',
    });
    expect(pkg.relationships('')).toEqual([{ id: 'rId1', type: 'officeDocument', target: 'Classeur/book.xml' }]);
    expect(pkg.relationships('Classeur/book.xml')).toEqual([
      { id: 'rId2', type: 'worksheet', target: 'Classeur/feuilles/Nord.xml' },
      { id: 'rId3', type: 'sharedStrings', target: 'partage/chaines.xml' },
      { id: 'rId5', type: 'worksheet', target: 'Classeur/feuilles/Pas de Calais.xml' },
    ]);
  });

  it('has no relationships for a part without a .rels part', () => {
    expect(packageOf({ 'xl/workbook.xml': '<workbook/>' }).relationships('xl/workbook.xml')).toEqual([]);
  });

  it('says which .rels part is damaged', () => {
    const pkg = packageOf({ 'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1"></Relationships>' });
    expect(() => pkg.relationships('xl/workbook.xml')).toThrow(PackageError);
    expect(() => pkg.relationships('xl/workbook.xml')).toThrow(/xl\/_rels\/workbook\.xml\.rels/);
  });

  it('finds a part with a leading slash or in another case, as zips written on Windows name them', () => {
    const pkg = packageOf({ 'XL/Workbook.xml': '<workbook/>' });
    expect(pkg.has('/xl/workbook.xml')).toBe(true);
    expect(pkg.text('xl/WORKBOOK.xml')).toBe('<workbook/>');
    expect(() => pkg.text('xl/styles.xml')).toThrow(PackageError);
  });

  it.each([
    ['xl/', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/', '../tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/worksheets/', './../../docProps/app.xml', 'docProps/app.xml'],
    ['xl/', 'worksheets/Feuille%201.xml', 'xl/worksheets/Feuille 1.xml'],
    ['xl/', 'worksheets/100%.xml', 'xl/worksheets/100%.xml'],
  ])('resolves the target %s + %s as %s', (folder, target, part) => {
    expect(resolvePart(folder, target)).toBe(part);
  });
});
