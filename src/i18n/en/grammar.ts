import type { Grammar } from '../language-types';

/** English: only 1 is singular; curly quotes; English Excel's CSV takes "," and "28.6%". */
export const GRAMMAR_EN: Grammar = {
  name: 'English',
  typeset: null,
  singular: (count) => count === 1,
  and: 'and',
  or: 'or',
  quote: (text) => `“${text}”`,
  semicolon: '; ',
  csvSeparator: ',',
  csvPercent: (digits) => `${digits}%`,
};
