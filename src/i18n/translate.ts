import type { Bilingual, Lang } from '../domain';
import { GRAMMAR } from './grammar';

// A catalogue entry's template typeset once per language (the catalogue's entries live as long as the page).
const typesetTemplates = new Map<Lang, WeakMap<Bilingual, string>>();

function template(entry: Bilingual, lang: Lang): string {
  const { typeset } = GRAMMAR[lang];
  if (typeset === null) return entry[lang];
  let cache = typesetTemplates.get(lang);
  if (cache === undefined) {
    cache = new WeakMap();
    typesetTemplates.set(lang, cache);
  }
  let done = cache.get(entry);
  if (done === undefined) {
    done = typeset(entry[lang]);
    cache.set(entry, done);
  }
  return done;
}

/**
 * Fills `{name}` placeholders of a catalogue entry in the chosen language. French gets its no-break
 * spaces (its grammar's typeset) in the template, before the values go in: a value (a file name, a header, a sheet) is
 * inserted as it is.
 */
export function translate(entry: Bilingual, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return template(entry, lang).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The singular or plural entry as the language counts (French: 0 and 1 are singular; English: only 1). */
export function plural(count: number, lang: Lang, one: Bilingual, many: Bilingual, params: Readonly<Record<string, string | number>> = {}): string {
  return translate(GRAMMAR[lang].singular(count) ? one : many, lang, { ...params, count });
}
