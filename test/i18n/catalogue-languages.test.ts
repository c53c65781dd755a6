import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Lang, LANGS } from '../../src/domain';

/**
 * Every language folder of src/i18n has every catalogue, every key of it, no empty sentence, and the
 * same `{placeholders}` as French: a sentence that lost `{file}` would print without the file's name.
 * The compiler already refuses an English half without French's keys; this test reads the folders as
 * they are, so a third language's folder is held to the same, and so are tables of functions (only
 * their keys are compared: what they write is tested with their sentences).
 */

type Exports = Readonly<Record<string, unknown>>;
/** A language's folder: its files, each with its exports under their name without the language suffix (PANE_FR → PANE). */
type Folder = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

const I18N = join(__dirname, '../../src/i18n');

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

function compare(where: string, french: unknown, other: unknown, lang: Lang, problems: string[]): void {
  if (typeof french === 'string') {
    if (typeof other !== 'string') problems.push(`${lang} ${where}: not a sentence`);
    else if (other.trim() === '') problems.push(`${lang} ${where}: empty`);
    else if (placeholders(other).join() !== placeholders(french).join())
      problems.push(`${lang} ${where}: placeholders {${placeholders(other).join('}, {')}} where French has {${placeholders(french).join('}, {')}}`);
    return;
  }
  // A rule a language may do without (a grammar's typeset: English has none) is a function or null.
  if (typeof french === 'function' || french === null) {
    if (typeof other !== 'function' && other !== null) problems.push(`${lang} ${where}: not a function`);
    return;
  }
  if (typeof french !== 'object') return;
  if (other === null || typeof other !== 'object') {
    problems.push(`${lang} ${where}: missing`);
    return;
  }
  const theirs = other as Record<string, unknown>;
  for (const [key, value] of Object.entries(french)) {
    if (!(key in theirs)) problems.push(`${lang} ${where}.${key}: missing`);
    else compare(`${where}.${key}`, value, theirs[key], lang, problems);
  }
  for (const key of Object.keys(theirs)) if (!(key in french)) problems.push(`${lang} ${where}.${key}: not in French`);
}

/** What each language lacks, or has too many, against French; French's own empty sentences too. */
function catalogueProblems(folders: Readonly<Partial<Record<Lang, Folder>>>): string[] {
  const problems: string[] = [];
  const french = folders.fr ?? {};
  const emptyFrench = (where: string, value: unknown): void => {
    if (typeof value === 'string' && value.trim() === '') problems.push(`fr ${where}: empty`);
    else if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) emptyFrench(`${where}.${key}`, inner);
  };
  for (const [file, exports] of Object.entries(french)) emptyFrench(file, exports);
  for (const lang of LANGS.filter((lang) => lang !== 'fr')) {
    const folder = folders[lang];
    if (folder === undefined) {
      problems.push(`${lang}: no folder`);
      continue;
    }
    for (const file of Object.keys(french)) if (!(file in folder)) problems.push(`${lang} ${file}: no file`);
    for (const file of Object.keys(folder)) if (!(file in french)) problems.push(`${lang} ${file}: not in French`);
    for (const [file, exports] of Object.entries(french)) if (file in folder) compare(file, exports, folder[file], lang, problems);
  }
  return problems;
}

function folderOf(lang: Lang): Folder {
  const suffix = `_${lang.toUpperCase()}`;
  const files: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(join(I18N, lang)).filter((name) => name.endsWith('.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(join(I18N, lang, file)) as Exports;
    files[file] = Object.fromEntries(Object.entries(exports).map(([name, value]) => [name.endsWith(suffix) ? name.slice(0, -suffix.length) : name, value]));
  }
  return files;
}

describe('every language has every sentence of every catalogue', () => {
  const folders = Object.fromEntries(LANGS.map((lang) => [lang, folderOf(lang)])) as Record<Lang, Folder>;

  test('each language of LANGS has a folder, with the catalogues French has', () => {
    expect(Object.keys(folders.fr).length).toBeGreaterThanOrEqual(12);
    for (const lang of LANGS) expect(Object.keys(folders[lang]).sort()).toEqual(Object.keys(folders.fr).sort());
  });

  test('no key missing or too many, no empty sentence, the same placeholders in each language', () => {
    expect(catalogueProblems(folders)).toEqual([]);
  });

  test('the folders hold the catalogues’ sentences: hundreds of them, placeholders among them', () => {
    const sentences = Object.values(folders.fr).flatMap((exports) =>
      Object.values(exports).flatMap((value) => (value !== null && typeof value === 'object' ? Object.values(value).filter((text) => typeof text === 'string') : [])),
    );
    expect(sentences.length).toBeGreaterThan(400);
    expect(sentences.filter((text) => placeholders(text).length > 0).length).toBeGreaterThan(100);
  });
});

describe('the check itself, on made-up catalogues', () => {
  const fr = { 'pane.ts': { PANE: { saved: '{count} enregistré(s) dans « {file} »', title: 'Budget' } } };
  const en = { 'pane.ts': { PANE: { saved: '{count} saved in “{file}”', title: 'Budget' } } };

  test('a faithful English half passes', () => {
    expect(catalogueProblems({ fr, en })).toEqual([]);
  });

  test('a key removed, a key added, an empty sentence, a renamed placeholder: each is named', () => {
    expect(catalogueProblems({ fr, en: { 'pane.ts': { PANE: { saved: '{count} saved in “{file}”' } } } })).toEqual(['en pane.ts.PANE.title: missing']);
    expect(catalogueProblems({ fr, en: { 'pane.ts': { PANE: { ...en['pane.ts'].PANE, extra: 'More' } } } })).toEqual(['en pane.ts.PANE.extra: not in French']);
    expect(catalogueProblems({ fr, en: { 'pane.ts': { PANE: { ...en['pane.ts'].PANE, title: ' ' } } } })).toEqual(['en pane.ts.PANE.title: empty']);
    expect(catalogueProblems({ fr, en: { 'pane.ts': { PANE: { ...en['pane.ts'].PANE, saved: '{count} saved in “{name}”' } } } })).toEqual([
      'en pane.ts.PANE.saved: placeholders {count}, {name} where French has {count}, {file}',
    ]);
    expect(catalogueProblems({ fr: { 'pane.ts': { PANE: { ...fr['pane.ts'].PANE, title: '' } } }, en })).toEqual(['fr pane.ts.PANE.title: empty']);
  });

  test('a file or a whole folder missing is named, and so is a table of functions lacking one', () => {
    expect(catalogueProblems({ fr })).toEqual(['en: no folder']);
    expect(catalogueProblems({ fr: { ...fr, 'word.ts': { WORD: { tab: 'Convention' } } }, en })).toEqual(['en word.ts: no file']);
    const table = { 'findings.ts': { FINDINGS: { cap: () => 'a', envelope: () => 'b' } } };
    expect(catalogueProblems({ fr: table, en: { 'findings.ts': { FINDINGS: { cap: () => 'x' } } } })).toEqual(['en findings.ts.FINDINGS.envelope: missing']);
  });
});
