// The normalized paper: the one record per arXiv id that ingest writes and every page reads.
// This schema is the single declaration of its fields; the content collection and the
// Markdown writer both use it, and types come from it (never written twice).
import { z } from 'astro/zod';

export const ANNOUNCEMENT_TYPES = ['new', 'cross', 'replacement'] as const;

/** An ISO calendar day, YYYY-MM-DD. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day');

export const announcementSchema = z.object({
  /** The announcement day the listing shows the paper on. */
  date: isoDay,
  /** The category whose listing showed it (a code from the taxonomy, e.g. `cs.DC`). */
  category: z.string().min(1),
  /** The listing section: new submission, cross-list, or replacement. */
  type: z.enum(ANNOUNCEMENT_TYPES),
  /** The listing file, relative to the repository root, that recorded this appearance. */
  source: z.string().min(1),
});

export const linksSchema = z.object({
  abs: z.string().optional(),
  pdf: z.string().optional(),
  html: z.string().optional(),
});

export const paperSchema = z.object({
  /**
   * The arXiv id without version (`2509.16407`, `0704.0001`, `hep-th/9901001`), or for an
   * abstract-only entry with no id, `unidentified-<hash of the normalized abstract>`.
   */
  id: z.string().min(1),
  /** The latest version number any listing showed, when one did. */
  version: z.number().int().positive().optional(),
  title: z.string().optional(),
  /** Author names in printed order, Unicode, TeX accents decoded. */
  authors: z.array(z.string()).default([]),
  /** Primary category code; absent when no listing said which category is primary. */
  primaryCategory: z.string().optional(),
  /** All category codes, primary first. */
  categories: z.array(z.string()).default([]),
  comments: z.string().optional(),
  journalRef: z.string().optional(),
  doi: z.string().optional(),
  mscClass: z.string().optional(),
  acmClass: z.string().optional(),
  links: linksSchema.optional(),
  /** Every appearance in a listing, oldest first. */
  announcements: z.array(announcementSchema).default([]),
  /** Listing files that mention the paper without announcing it (API responses), sorted. */
  sources: z.array(z.string()).default([]),
  /** True for abstract-only entries whose id is derived from the abstract, not printed by arXiv. */
  unidentified: z.boolean().default(false),
});

export type Announcement = z.infer<typeof announcementSchema>;
export type PaperLinks = z.infer<typeof linksSchema>;
/** A paper's front matter: every field but the abstract. */
export type PaperData = z.infer<typeof paperSchema>;
/** A normalized paper: its front matter plus the abstract (the Markdown body). */
export type Paper = PaperData & { abstract?: string };
