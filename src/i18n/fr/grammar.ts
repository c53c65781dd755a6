import { french, frenchSpacing } from '../../domain';
import type { Grammar } from '../language-types';

/** French: 0 and 1 are singular; guillemets with their no-break spaces; French Excel's CSV takes ";" and "28,6 %". */
export const GRAMMAR_FR: Grammar = {
  name: 'Français',
  typeset: frenchSpacing,
  singular: (count) => count <= 1,
  and: 'et',
  or: 'ou',
  quote: (text) => french`« ${text} »`,
  semicolon: frenchSpacing(' ; '),
  csvSeparator: ';',
  csvPercent: (digits) => `${digits} %`,
};
