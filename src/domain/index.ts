/**
 * The domain core: the convention's rules, amounts, shares and clause text. Pure: it imports
 * nothing but zod, so that Excel, the browser page and the command line all run the same checks.
 */
export * from './reading/a1';
export * from './convention/amendment';
export * from './reading/amount';
export * from './money/amount-text';
export * from './reading/budgets';
export * from './reading/cells';
export * from './check/check';
export * from './convention/clause';
export * from './reading/excel-dates';
export * from './money/format';
export * from './typography/french-spacing';
export * from './typography/language';
export * from './reading/headers';
export * from './reading/field-names';
export * from './reading/locate';
export * from './reading/sources';
export * from './rules';
export * from './money/money';
export * from './check/options';
export * from './money/percent';
export * from './profile/profile';
export * from './profile/profile-json';
export * from './profile/profile-keys';
export * from './profile/profile-to-json';
export * from './profile/profile-reader';
export * from './profile/profile-resolution';
export * from './check/recheck';
export * from './profile/convention-text';
export * from './convention/convention-articles';
export { type ConventionItem, parseItem } from './convention/convention-items';
export { amountsIn, type Span, type WrittenAmount } from './convention/written-amounts';
export * from './convention/convention-compare';
export * from './convention/convention-document';
export * from './convention/convention-text-map';
export * from './convention/convention-write';
export * from './convention/convention-html';
export * from './typography/number-words';
export * from './profile/reading-json';
export * from './reading/rows';
export * from './money/shares';
export * from './reading/sheet-index';
export * from './reading/text-columns';
export * from './reading/snapshot';
export * from './reading/year-found';
