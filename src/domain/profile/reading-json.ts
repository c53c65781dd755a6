import { PROFILE_KEYS, type ProfileKey } from './profile-keys';
import { profileToJson } from './profile-to-json';
import type { ProfileReading } from './profile-reader';

/**
 * A reading as `convention-budget profile --json` prints it: the values read (null where the text
 * gives nothing or contradicts itself), the sentence of each and its place, what is missing and
 * what is contradicted. The shape is the one documented in the README; the corpus test compares it.
 */
export function readingToJson(reading: ProfileReading): {
  profile: Record<string, unknown>;
  sources: Record<string, string | null>;
  places: Record<string, { line: number; offset: number } | null>;
  missing: ProfileKey[];
  conflicts: Array<{ key: ProfileKey; candidates: Array<{ value: string; sentence: string; line: number; offset: number }> }>;
} {
  const sources: Record<string, string | null> = {};
  const places: Record<string, { line: number; offset: number } | null> = {};
  for (const key of PROFILE_KEYS) {
    const source = reading.sources[key];
    sources[key] = source?.sentence ?? null;
    places[key] = source === undefined ? null : { line: source.line, offset: source.offset };
  }
  const profile: Record<string, unknown> = profileToJson(reading.profile);
  for (const key of PROFILE_KEYS) {
    if (reading.status[key] === 'read' || key === 'name') continue;
    profile[key] = null;
  }
  // The clause's sentences: those read, the others null.
  if (reading.status.sentences === 'read') {
    const parts = reading.profile.sentences;
    profile.sentences = Object.fromEntries((['listHeading', 'listItem', 'costSentence'] as const).map((part) => [part, reading.sentenceSources[part] === undefined ? null : parts[part]]));
  }
  return {
    profile,
    sources,
    places,
    missing: [...reading.missing],
    conflicts: reading.conflicts.map((conflict) => ({ key: conflict.key, candidates: conflict.candidates.map(({ shown, sentence, line, offset }) => ({ value: shown, sentence, line, offset })) })),
  };
}
