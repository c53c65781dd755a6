/**
 * npm run corpus -- gather [--mirrors DIR] [--to DIR]: copies the public test workbooks of the
 * repositories below out of their snapshots (bare git repositories, as the team's `fetch` tool or
 * `git clone --mirror` leave them: DIR/owner+name/repo or DIR/owner+name), into the corpus folder
 * (default $CORPUS_DIR, else ../corpus), one folder per repository. Nothing is copied into this
 * repository: the corpus is read, never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/** Who wrote the files, and why they are here. */
export const REPOSITORIES: ReadonlyArray<readonly [string, string]> = [
  ['jmcnamara/XlsxWriter', 'files saved by Excel to compare XlsxWriter against'],
  ['ClosedXML/ClosedXML', 'the Open XML SDK’s way of writing'],
  ['PHPOffice/PhpSpreadsheet', 'readers’ and writers’ test files, Excel- and LibreOffice-saved'],
  ['tafia/calamine', 'a Rust reader’s test files'],
  ['theorchard/openpyxl', 'openpyxl’s test data'],
  ['apache/poi', 'Apache POI: encrypted, fuzzed, huge shared strings (poc-shared-strings.xlsx)'],
  ['SheetJS/test_files', 'SheetJS: every producer, large_strings.xlsx'],
  ['ExcelDataReader/ExcelDataReader', 'encryptions (TestExcel_2040.xlsx: Excel’s default password), odd zips'],
  ['roo-rb/roo', 'a Ruby reader’s test files'],
  ['tidyverse/readxl', 'readxl’s test files'],
  ['nacnudus/tidyxl', 'tidyxl’s test files: formats, formulas'],
  ['qax-os/excelize', 'excelize: encrypted, Go-written'],
  ['tealeg/xlsx', 'tealeg/xlsx: damaged packages (no workbook relations, no worksheets)'],
  ['dtjohnson/xlsx-populate', 'xlsx-populate: encrypted, templates'],
  ['betagouv/api-subventions-asso', 'French State: SCDL subsidy lists, Chorus and Fonjep exports'],
  ['MTES-MCT/carbure', 'French State: declaration templates'],
  ['SocialGouv/emjpm', 'French State: import templates, 2019 surveys'],
  ['betagouv/ma-cantine', 'French State: purchase imports'],
  ['SocialGouv/cdtn-admin', 'French State: DARES collective agreements'],
];

const EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xlsb', '.xls', '.ods']);

function gitDir(mirrors: string, repository: string): string | null {
  const base = join(mirrors, repository.replace('/', '+'));
  for (const candidate of [join(base, 'repo', '.git'), join(base, 'repo'), join(base, '.git'), base]) {
    if (existsSync(join(candidate, 'HEAD')) && existsSync(join(candidate, 'objects'))) return candidate;
  }
  return null;
}

export function gather(mirrors: string, corpus: string): void {
  let total = 0;
  const missing: string[] = [];
  for (const [repository] of REPOSITORIES) {
    const git = gitDir(mirrors, repository);
    if (git === null) {
      missing.push(repository);
      continue;
    }
    const listing = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '-l', '-z', 'HEAD'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
    let copied = 0;
    for (const line of listing.split('\0')) {
      // "<mode> blob <sha> <size>\t<path>"
      const match = /^\d+ blob ([0-9a-f]+)\s+(\d+|-)\t(.+)$/.exec(line);
      if (match === null || !EXTENSIONS.has(extname(match[3] ?? '').toLowerCase())) continue;
      const [, sha, size, path] = match as unknown as [string, string, string, string];
      let bytes: Buffer;
      try {
        bytes = execFileSync('git', ['--git-dir', git, 'cat-file', 'blob', sha], { maxBuffer: 512 * 1024 * 1024 });
      } catch {
        continue; // A snapshot leaves out files of 4 MiB and more.
      }
      if (size !== '-' && bytes.length !== Number(size)) continue;
      const target = join(corpus, repository.replace('/', '+'), path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      copied++;
    }
    total += copied;
    console.log(`${repository}: ${copied} workbooks`);
  }
  console.log(`${total} workbooks from ${REPOSITORIES.length - missing.length} repositories in ${corpus}`);
  if (missing.length > 0) console.log(`no snapshot under ${mirrors} for: ${missing.join(', ')}`);
}
