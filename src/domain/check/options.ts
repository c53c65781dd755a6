import * as z from 'zod/mini';
import { FIELDS } from '../reading/headers';
import { MAX_CENTS } from '../money/money';
import type { ConventionProfile } from '../profile/profile';

/** An amount of cents as it may come from settings or a flag: a whole number within a cell's limit. */
export const centsSchema = z.int().check(z.gte(0), z.lte(MAX_CENTS));

export const matchingModeSchema = z.enum(['action', 'total']);
/** "action": the Department matches the State on each action and in total; "total": in total only. */
export type MatchingMode = z.infer<typeof matchingModeSchema>;

/** For a field, the header of its column, or null for "no such column". */
export const columnMappingSchema = z.partialRecord(z.enum(FIELDS), z.nullable(z.string()));

/**
 * How the officer wants the workbook checked. It enters from the workbook's settings, the pane and
 * the command line, so it is parsed at each of those doors with this schema.
 */
export const checkOptionsSchema = z.object({
  /** "action": the Department matches the State on each action and in total (default); "total": in total only. */
  matching: z.optional(matchingModeSchema),
  /** The State envelope for every budget that has none of its own. */
  envelope: z.optional(centsSchema),
  /** The State envelope per budget, by Budget.settingsKey. */
  envelopes: z.optional(z.record(z.string(), centsSchema)),
  /** Column mappings chosen by hand, by BudgetSource.key. */
  mappings: z.optional(z.record(z.string(), columnMappingSchema)),
});

/** The options, and the convention profile to check against (the built-in one when left out). */
export type CheckOptions = z.infer<typeof checkOptionsSchema> & { readonly profile?: ConventionProfile };
