/**
 * The words of a paragraph that a rewrite changes: what to find in the old text and what to put in
 * its place, widened to whole words so that a tracked change reads "26 000 €" → "25 000 €" rather
 * than "6" → "5", and never empty, so that Word has something to find.
 */
export interface WordEdit {
  /** Where the old words sit in the old text. */
  readonly start: number;
  readonly end: number;
  /** The old words (what Word must find) and what replaces them. */
  readonly find: string;
  readonly replace: string;
}

const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const isWordCharacter = (character: string | undefined) => character !== undefined && WORD.test(character);
/** A word character, or a space, dot or comma between two digits: "1 700 000" is one word, as an amount is read. */
const wordAt = (text: string, index: number) => {
  const character = text[index];
  if (isWordCharacter(character)) return true;
  return character !== undefined && /[ \u00a0\u202f.,]/.test(character) && DIGIT.test(text[index - 1] ?? '') && DIGIT.test(text[index + 1] ?? '');
};

/** null when nothing differs, or when the old text is empty (nothing to find: replace it whole). */
export function wordEdit(before: string, after: string): WordEdit | null {
  if (before === after || before === '') return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = before.length;
  let endAfter = after.length;
  while (end > start && endAfter > start && before[end - 1] === after[endAfter - 1]) {
    end--;
    endAfter--;
  }
  // Both texts share what lies outside start…end, so widening moves both alike.
  while (start > 0 && wordAt(before, start - 1) && (wordAt(before, start) || start === end)) start--;
  while (end < before.length && wordAt(before, end) && (wordAt(before, end - 1) || start === end)) {
    end++;
    endAfter++;
  }
  if (start === end) {
    // A pure insertion ("Action 2 : …" → "Action 2 (axe 2) : …"): take the word before it along.
    if (start > 0) {
      while (start > 0 && !wordAt(before, start - 1)) start--;
      while (start > 0 && wordAt(before, start - 1)) start--;
    } else {
      while (end < before.length && !wordAt(before, end)) {
        end++;
        endAfter++;
      }
      while (end < before.length && wordAt(before, end)) {
        end++;
        endAfter++;
      }
    }
  }
  return { start, end, find: before.slice(start, end), replace: after.slice(start, endAfter) };
}

/** How many times `find` occurs in `text` before `offset`, counting as Word's search does (no overlaps). */
export function occurrenceIndex(text: string, find: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf(find); at >= 0 && at < offset; at = text.indexOf(find, at + find.length)) count++;
  return count;
}

/** Every occurrence of `find` in `text`, as Word's search counts them. */
export function occurrences(text: string, find: string): number {
  return find === '' ? 0 : occurrenceIndex(text, find, text.length + 1);
}
