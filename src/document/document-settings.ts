import * as z from 'zod/mini';
import { centsSchema } from '../domain';
import { workbookSettingsSchema } from '../workbook/settings';

/**
 * The settings kept with the convention document (Office's document settings): the workbook's
 * (language, the convention profile the officer accepted) and what the Word pane remembers of the
 * budget it compares with. They come back from a file anyone may have edited: parsed, never trusted.
 */
export const documentSettingsSchema = z.extend(workbookSettingsSchema, {
  /** The budget last compared: its workbook's file name and the beneficiary chosen, offered again. */
  budget: z.optional(z.object({ file: z.string(), beneficiary: z.optional(z.string()) })),
  /** Article 4.1's year and envelope as the officer set them for this convention. */
  year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
  envelope: z.optional(centsSchema),
});

export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = { version: 1 };

/** Settings as stored, or the defaults when there are none or they cannot be read. */
export function parseDocumentSettings(raw: unknown): { settings: DocumentSettings; unreadable: boolean } {
  if (raw === null || raw === undefined) return { settings: DEFAULT_DOCUMENT_SETTINGS, unreadable: false };
  const parsed = documentSettingsSchema.safeParse(raw);
  return parsed.success ? { settings: parsed.data, unreadable: false } : { settings: DEFAULT_DOCUMENT_SETTINGS, unreadable: true };
}
