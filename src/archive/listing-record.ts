// What the archive remembers about each listing file: its format, day(s), category and the
// counts it printed beside the counts parsed. Day pages show these; validate reports them.
import { z } from 'astro/zod';
import { ANNOUNCEMENT_TYPES } from './paper.ts';

export const sectionCountSchema = z.object({
  /** The section or day in the page's own words ("New submissions", "Mon, 27 Jul 2026", "Total"). */
  label: z.string(),
  type: z.enum(ANNOUNCEMENT_TYPES).optional(),
  date: z.string().optional(),
  /** Entries the page says it shows. */
  shown: z.number().int().nonnegative().optional(),
  /** Entries the page says exist in all. */
  total: z.number().int().nonnegative().optional(),
  /** Entries actually parsed. */
  parsed: z.number().int().nonnegative(),
});

export const listingRecordSchema = z.object({
  /** Path of the listing file relative to the repository root (posix separators). */
  source: z.string(),
  format: z.string(),
  kind: z.string(),
  /** The listing's category code. */
  category: z.string().optional(),
  /** Announcement days the file covers, sorted. */
  dates: z.array(z.string()),
  counts: z.array(sectionCountSchema),
  /** Entries parsed, all sections together. */
  entries: z.number().int().nonnegative(),
});

export type SectionCount = z.infer<typeof sectionCountSchema>;
export type ListingRecord = z.infer<typeof listingRecordSchema>;
