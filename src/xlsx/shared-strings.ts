import type { OfficePackage } from './package-parts';

/** The shared strings part: each item's text runs joined; phonetic runs (rPh) are no part of the text. */
export function readSharedStrings(pack: OfficePackage, part: string): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  pack.scan(part, {
    open(name, _attributes, selfClosing) {
      if (name === 'si') current = [];
      else if (name === 't' && !selfClosing) inText = phonetic === 0;
      // The scanner closes a self-closing element too: an empty <rPh/> is counted open, then closed.
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        strings.push(current?.join('') ?? '');
        current = null;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText && current !== null) current.push(text);
    },
  });
  return strings;
}
