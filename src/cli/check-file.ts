import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { type Bilingual, type CheckOptions, type CheckResult, checkWorkbook } from '../domain';
import { cliText } from '../i18n/cli-text';
import { translate } from '../i18n/translate';
import { inspectFile } from '../xlsx/file-guard';
import { readXlsx, XlsxFileError } from '../xlsx/xlsx-read';
import { snapshotOfBook } from '../xlsx/xlsx-snapshot';
import { decryptWithDefaultPassword } from './default-password';

/** A file or a request the command cannot serve: one sentence on stderr, exit status 2. */
export class CannotServe extends Error {
  constructor(
    readonly sentence: Bilingual,
    readonly code: string,
  ) {
    super(sentence.en);
    this.name = 'CannotServe';
  }
}

export function translateFile(entry: Bilingual, file: string, reason?: Bilingual): Bilingual {
  return {
    fr: translate(entry, 'fr', { file: basename(file), reason: reason?.fr ?? '' }),
    en: translate(entry, 'en', { file: basename(file), reason: reason?.en ?? '' }),
  };
}

/** The file's bytes, or a sentence saying why there are none. */
export function readBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new CannotServe(translateFile(cliText.isFolder, file), 'not-a-file');
    size = stats.size;
  } catch (error) {
    if (error instanceof CannotServe) throw error;
    throw new CannotServe(translateFile(cliText.noSuchFile, file), 'no-such-file');
  }
  if (size === 0) throw new CannotServe(translateFile(cliText.cannotRead, file, { fr: 'le fichier est vide (0 octet)', en: 'the file is empty (0 bytes)' }), 'unreadable');
  try {
    return readFileSync(file);
  } catch {
    throw new CannotServe(translateFile(cliText.cannotOpen, file), 'unreadable');
  }
}

export interface FileCheck {
  /** The workbook's bytes as read (decrypted, for a workbook encrypted with Excel's built-in password). */
  readonly bytes: Uint8Array;
  readonly result: CheckResult;
  /** What the officer should know about how the file was read, on stderr. */
  readonly notes: readonly Bilingual[];
}

/** The workbook itself: a workbook encrypted with Excel's built-in password is decrypted, as Excel does. */
async function workbookBytes(file: string, bytes: Uint8Array): Promise<{ bytes: Uint8Array; notes: Bilingual[] }> {
  const inspection = inspectFile(bytes, file);
  if (inspection.kind !== 'problem' || inspection.problem.kind !== 'encrypted') return { bytes, notes: [] };
  const decrypted = await decryptWithDefaultPassword(bytes);
  if (decrypted === null)
    throw new CannotServe(translateFile(cliText.cannotRead, file, { fr: translate(cliText.passwordProtected, 'fr'), en: translate(cliText.passwordProtected, 'en') }), 'unreadable');
  return { bytes: decrypted, notes: [translateFile(cliText.defaultPassword, file)] };
}

/** Reads and checks a workbook file; a file we cannot read is one sentence, never a stack. */
export async function checkFile(file: string, options: CheckOptions): Promise<FileCheck> {
  const { bytes, notes } = await workbookBytes(file, readBytes(file));
  try {
    const book = readXlsx(bytes, file);
    return { bytes, result: checkWorkbook(snapshotOfBook(book, basename(file)), options), notes };
  } catch (error) {
    if (error instanceof XlsxFileError) throw new CannotServe(translateFile(cliText.cannotRead, file, error.reason), 'unreadable');
    throw error;
  }
}
