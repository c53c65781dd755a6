import { basename, extname } from 'node:path';
import {
  type Bilingual,
  BUILT_IN_PROFILE,
  type ConventionProfile,
  conventionTextOfHtml,
  type Lang,
  type Parameter,
  PARAMETERS,
  type ProfileDecisions,
  parseProfileJson,
  PROFILE_KEYS,
  type ProfileParse,
  type ProfileReading,
  readingToJson,
  readProfile,
  resolveProfile,
  settleProfile,
} from '../domain';
import { readProfilePart } from '../xlsx/profile-part';
import { PARAMETER_LABELS, PROFILE_LABELS, profileJsonErrorSentence, profileText, shownValue } from '../i18n/profile-text';
import { translate } from '../i18n/translate';
import type { ProfileSource } from './command';

/** A convention or profile file that cannot serve: one sentence, exit status 2. */
export class ProfileFileError extends Error {
  constructor(readonly sentence: Bilingual) {
    super(sentence.en);
    this.name = 'ProfileFileError';
  }
}

function sentence(entry: Bilingual, params: Record<string, string | number>): Bilingual {
  return { fr: translate(entry, 'fr', params), en: translate(entry, 'en', params) };
}

/** The text of a convention: a .txt as UTF-8 (or Windows-1252, as older Word exports write), a .docx through mammoth. */
export async function conventionText(file: string, bytes: Uint8Array): Promise<string> {
  const extension = extname(file).toLowerCase();
  if (extension === '.docx') {
    try {
      const mammoth = await import('mammoth');
      // HTML rather than raw text: a table's label and value stay on one row. Empty paragraphs are kept, so that "ligne N" is paragraph N.
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false });
      return conventionTextOfHtml(value);
    } catch {
      throw new ProfileFileError(sentence(profileText.notDocx, { file: basename(file) }));
    }
  }
  if (extension !== '.txt' && extension !== '') throw new ProfileFileError(sentence(profileText.notText, { file: basename(file) }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** What a command needs of a profile, and what its options give: --assume, --matching, --envelope, --year. */
export interface ProfileUse {
  readonly needs: readonly Parameter[];
  readonly assume: readonly Parameter[];
  readonly typed: ProfileDecisions['typed'];
}

/** The profile a command applies, and where it came from: a convention's text, a profile's JSON, or the workbook itself. */
export interface LoadedProfile {
  readonly profile: ConventionProfile;
  readonly from: 'convention' | 'json' | 'workbook';
  readonly file: string;
}

/** The parameters `check` applies: the cap, the matching and its scope (an envelope not given is not checked). */
export const CHECK_NEEDS: readonly Parameter[] = ['stateCapPercent', 'matchingRatio', 'matchingScope'];
/** The parameters `clause` writes, and the rules it checks the budget against (where the matching applies is no part of the text). */
export const CLAUSE_NEEDS: readonly Parameter[] = PARAMETERS.filter((parameter) => parameter !== 'matchingScope');

/**
 * The profile a check or a clause uses: from JSON, validated; read from the convention and refused
 * while it contradicts itself; else the one kept in the workbook. Refused too while a parameter the
 * command needs is neither read, typed on the command line, nor confirmed with --assume: nothing is
 * taken from 2022 unasked. Without any of the three, the built-in profile (undefined).
 */
export async function loadProfile(source: ProfileSource, read: (file: string) => Uint8Array, use: ProfileUse, workbookFile?: string): Promise<LoadedProfile | undefined> {
  const decisions: ProfileDecisions = { typed: use.typed ?? {}, confirmed: use.assume };
  let parsed: ProfileParse;
  let from: LoadedProfile['from'];
  let file: string;
  if (source === undefined) {
    if (workbookFile === undefined) return undefined;
    file = basename(workbookFile);
    let bytes: Uint8Array;
    try {
      bytes = read(workbookFile);
    } catch {
      // A workbook that cannot be read is said by the check that reads it.
      return undefined;
    }
    const stored = readProfilePart(bytes);
    if (stored === null) return undefined;
    if ('unreadable' in stored) throw new ProfileFileError(sentence(profileText.storedUnreadable, { file }));
    const json = parseProfileJson(stored.json);
    if ('error' in json) throw new ProfileFileError(sentence(profileText.storedUnreadable, { file }));
    parsed = settleProfile(json.profile, decisions);
    from = 'workbook';
  } else if (source.kind === 'json') {
    file = basename(source.file);
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(read(source.file)));
    } catch {
      throw new ProfileFileError(sentence(profileText.notJson, { file }));
    }
    // The output of `profile --json` holds the profile under "profile"; a hand-written one may be bare.
    const body = raw !== null && typeof raw === 'object' && 'profile' in raw ? raw.profile : raw;
    const json = parseProfileJson(body);
    parsed = 'error' in json ? json : settleProfile(json.profile, decisions);
    from = 'json';
  } else {
    file = basename(source.file);
    const reading = readProfile(await conventionText(source.file, read(source.file)));
    if (reading.conflicts.length > 0) {
      const keys = (lang: Lang) => reading.conflicts.map((conflict) => PROFILE_LABELS[conflict.key][lang]).join(', ');
      throw new ProfileFileError({ fr: translate(profileText.conflicted, 'fr', { file, keys: keys('fr') }), en: translate(profileText.conflicted, 'en', { file, keys: keys('en') }) });
    }
    parsed = resolveProfile(reading, decisions);
    from = 'convention';
  }
  if ('error' in parsed) {
    const reason = profileJsonErrorSentence(parsed.error);
    throw new ProfileFileError({ fr: translate(profileText.badProfile, 'fr', { file, reason: reason.fr }), en: translate(profileText.badProfile, 'en', { file, reason: reason.en }) });
  }
  const unresolved = parsed.unresolved.filter((parameter) => use.needs.includes(parameter));
  if (unresolved.length > 0) throw new ProfileFileError(unresolvedSentence(from, file, unresolved));
  return { profile: parsed.profile, from, file };
}

/** « la convention « x.docx » ne donne pas : … Rien n’est supposé : … » with how to give each. */
function unresolvedSentence(from: LoadedProfile['from'], file: string, unresolved: readonly Parameter[]): Bilingual {
  const entry = from === 'convention' ? profileText.unresolvedConvention : from === 'json' ? profileText.unresolvedJson : profileText.unresolvedStored;
  const words = (lang: Lang) => ({
    file,
    keys: unresolved.map((parameter) => PARAMETER_LABELS[parameter][lang]).join(', '),
    options: unresolved
      .map((parameter) => OPTION_OF[parameter])
      .filter((option): option is string => option !== undefined)
      .map((option) => `${option}, `)
      .join(''),
    assume: unresolved.join(','),
  });
  return { fr: translate(entry, 'fr', words('fr')), en: translate(entry, 'en', words('en')) };
}

/** The options that type a parameter on the command line. */
const OPTION_OF: Partial<Record<Parameter, string>> = { matchingScope: '--matching action|total', envelope: '--envelope MONTANT', year: '--year AAAA' };

/** The lines a report says about its profile: where it came from, the values confirmed, an envelope not checked. */
export function profileNotes(loaded: LoadedProfile | undefined, envelopeGiven: boolean, lang: Lang): string[] {
  if (loaded === undefined) return [];
  const notes = [translate(loaded.from === 'workbook' ? profileText.fromWorkbook : loaded.from === 'convention' ? profileText.fromConvention : profileText.fromJson, lang, { file: loaded.file })];
  const { profile } = loaded;
  const confirmed = PARAMETERS.filter((parameter) => profile.origins?.[parameter] === 'confirmed');
  if (confirmed.length > 0) notes.push(translate(profileText.confirmedValues, lang, { keys: confirmed.map((parameter) => PARAMETER_LABELS[parameter][lang]).join(', ') }));
  if (!envelopeGiven && profile.envelope === null && Object.keys(profile.envelopes).length === 0) notes.push(translate(profileText.envelopeNotChecked, lang));
  return notes;
}

/** `profile --json`: the values read (null where none is), each with its sentence and place, what is missing, what contradicts. */
export function profileJson(reading: ProfileReading): unknown {
  return readingToJson(reading);
}

/** `profile` as text: each parameter, its value and its sentence with its line. */
export function profileReport(file: string, reading: ProfileReading, lang: Lang): string {
  const lines = [translate(profileText.heading, lang, { file, count: Object.keys(reading.sources).length, missing: reading.missing.length, conflicts: reading.conflicts.length }), ''];
  const conflicts = new Map(reading.conflicts.map((conflict) => [conflict.key, conflict]));
  for (const key of PROFILE_KEYS) {
    const label = translate(PROFILE_LABELS[key], lang);
    const conflict = conflicts.get(key);
    if (conflict !== undefined) {
      lines.push(`■ ${label} — ${translate(profileText.conflict, lang)}`);
      for (const candidate of conflict.candidates) lines.push(`    ${candidate.shown} — ${translate(profileText.sentenceAt, lang, { line: candidate.line, sentence: candidate.sentence })}`);
      continue;
    }
    const source = reading.sources[key];
    if (reading.status[key] === 'conflict') {
      lines.push(`■ ${label} — ${translate(profileText.sameConflict, lang)}`);
      continue;
    }
    if (reading.status[key] !== 'read' || source === undefined) {
      // Nothing shown as if it were the convention's: the 2022 value is only what confirming would give.
      lines.push(
        `■ ${translate(profileText.labelled, lang, { label, value: translate(profileText.notGiven, lang) })}`,
        `    ${translate(profileText.notFound, lang, { value: shownValue(key, BUILT_IN_PROFILE, lang) })}`,
      );
      continue;
    }
    lines.push(`■ ${translate(profileText.labelled, lang, { label, value: shownValue(key, reading.profile, lang) })}`);
    lines.push(`    ${translate(profileText.sentenceAt, lang, { line: source.line, sentence: source.sentence })}`);
  }
  return `${lines.join('\n')}\n`;
}
