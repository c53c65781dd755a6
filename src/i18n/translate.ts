import type { Bilingual, Lang } from '../domain';

/** Fills `{name}` placeholders of a catalogue entry in the chosen language. */
export function translate(entry: Bilingual, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** French plural: 0 and 1 are singular; English: only 1. */
export function plural(count: number, lang: Lang, one: Bilingual, many: Bilingual, params: Readonly<Record<string, string | number>> = {}): string {
  const singular = lang === 'fr' ? count <= 1 : count === 1;
  return translate(singular ? one : many, lang, { ...params, count });
}
