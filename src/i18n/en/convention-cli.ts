import type { Sentences } from '../catalogue';
import type { CONVENTION_CLI_FR } from '../fr/convention-cli';

/** The English half of convention-cli-text.ts: the compiler holds it to French's keys. */
export const CONVENTION_CLI_EN = {
  cannotRead: '“{file}” cannot be read: {reason}.',
  outIsInput: '--out {file} is an input file: choose another name, the convention and the workbook are never written.',
  cannotWrite: 'the convention {file} could not be written ({code}).',
  written: 'Convention written: {file} ({count} difference(s) replaced as tracked changes, author “Convention Budget”).',
  alreadyAgrees: 'The convention already says what the budget says: {file} is an identical copy.',
  nothingToAmend: '“{file}” and the budget agree: no amendment is needed.',
} satisfies Sentences<typeof CONVENTION_CLI_FR>;
