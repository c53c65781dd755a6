import { type Bilingual, frenchSpacing, type Lang } from '../domain';

// A catalogue entry's French template spaced once (the catalogue's entries live as long as the page).
const spacedTemplates = new WeakMap<Bilingual, string>();

function template(entry: Bilingual, lang: Lang): string {
  if (lang !== 'fr') return entry[lang];
  let spaced = spacedTemplates.get(entry);
  if (spaced === undefined) {
    spaced = frenchSpacing(entry.fr);
    spacedTemplates.set(entry, spaced);
  }
  return spaced;
}

/**
 * Fills `{name}` placeholders of a catalogue entry in the chosen language. French gets its no-break
 * spaces in the template, before the values go in: a value (a file name, a header, a sheet) is
 * inserted as it is.
 */
export function translate(entry: Bilingual, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return template(entry, lang).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** French plural: 0 and 1 are singular; English: only 1. */
export function plural(count: number, lang: Lang, one: Bilingual, many: Bilingual, params: Readonly<Record<string, string | number>> = {}): string {
  const singular = lang === 'fr' ? count <= 1 : count === 1;
  return translate(singular ? one : many, lang, { ...params, count });
}
