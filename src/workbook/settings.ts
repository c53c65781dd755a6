import * as z from 'zod/mini';
import { type CheckOptions, centsSchema, columnMappingSchema, type ColumnMapping, matchingModeSchema, parseProfileJson, profileJsonSchema } from '../domain';

const yearSchema = z.int().check(z.gte(1900), z.lte(2100));

/** What the officer chooses for one budget: its State envelope (cents) and the convention's year. */
export const budgetSettingsSchema = z.object({
  envelope: z.optional(centsSchema),
  year: z.optional(yearSchema),
});

/**
 * The settings kept with the workbook (Office's document settings, or the page's storage). They come
 * back from a file that anyone may have edited: parsed with this schema, never trusted.
 */
export const workbookSettingsSchema = z.object({
  version: z.literal(1),
  lang: z.optional(z.enum(['fr', 'en'])),
  matching: z.optional(matchingModeSchema),
  /** By Budget.settingsKey. */
  budgets: z.optional(z.record(z.string(), budgetSettingsSchema)),
  /** By BudgetSource.key. */
  mappings: z.optional(z.record(z.string(), columnMappingSchema)),
  /** The convention profile the officer accepted (absent: the built-in one), as `profile --json` writes it. */
  profile: z.optional(profileJsonSchema),
});

export type WorkbookSettings = z.infer<typeof workbookSettingsSchema>;
export type BudgetSettings = z.infer<typeof budgetSettingsSchema>;

export const DEFAULT_SETTINGS: WorkbookSettings = { version: 1 };

/** Settings as stored, or the defaults when there are none or they cannot be read. */
export function parseSettings(raw: unknown): { settings: WorkbookSettings; unreadable: boolean } {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, unreadable: false };
  const parsed = workbookSettingsSchema.safeParse(raw);
  return parsed.success ? { settings: parsed.data, unreadable: false } : { settings: DEFAULT_SETTINGS, unreadable: true };
}

export function checkOptionsOf(settings: WorkbookSettings): CheckOptions {
  const envelopes: Record<string, number> = {};
  for (const [key, budget] of Object.entries(settings.budgets ?? {})) {
    if (budget.envelope !== undefined) envelopes[key] = budget.envelope;
  }
  // A stored profile that no longer parses (edited by hand) falls back to the built-in one.
  const parsed = settings.profile === undefined ? undefined : parseProfileJson(settings.profile);
  const profile = parsed !== undefined && 'profile' in parsed ? parsed.profile : undefined;
  return { matching: settings.matching, envelopes, mappings: settings.mappings ?? {}, ...(profile === undefined ? {} : { profile }) };
}

export function withBudgetSettings(settings: WorkbookSettings, key: string, change: Partial<BudgetSettings>): WorkbookSettings {
  const current = settings.budgets?.[key] ?? {};
  const next: Record<string, unknown> = { ...current, ...change };
  for (const name of Object.keys(next)) if (next[name] === undefined) delete next[name];
  return { ...settings, budgets: { ...settings.budgets, [key]: next } };
}

export function withMapping(settings: WorkbookSettings, sourceKey: string, mapping: ColumnMapping | null): WorkbookSettings {
  const mappings = { ...settings.mappings };
  if (mapping === null) delete mappings[sourceKey];
  else mappings[sourceKey] = mapping;
  return { ...settings, mappings };
}
