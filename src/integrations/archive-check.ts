// The "no paper lost, none injected" check, run when a build is done: every entry of every
// listing ingest accepted is a paper, every paper has its page, every paper page is reached from
// a day or topic page, and no paper or page exists that no listing accounts for. The build fails
// with the whole list of problems. The logic is the pure findArchiveProblems; the hook only reads.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseFrontmatter } from 'astro/markdown';
import { paperSchema, type PaperData } from '../archive/paper.ts';
import { listingRecordSchema, type ListingRecord } from '../archive/listing-record.ts';
import { idToSlug } from '../archive/arxiv-id.ts';
import { compareStrings } from '../archive/merge.ts';
import { getGeneratedDir } from '../ingest/paths.ts';
import { LISTINGS_FILE, PAPERS_DIR } from '../markdown/write-collection.ts';

export const INTEGRATION_NAME = 'folio:archive-check';
/** Where the built site keeps paper, day and topic pages (src/pages/papers, days, topics). */
const PAPER_PAGES_DIR = 'papers';
const LISTING_PAGE_DIRS = ['days', 'topics'];
/** Files read at once: enough to keep the disk busy without opening 100k files together. */
const FILES_IN_FLIGHT = 64;
const MARKDOWN_FILE = /\.md$/;
const HREF_ATTRIBUTE = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** Problems listed in full before the rest are only counted, so a broken build still has a readable error. */
const MAX_LISTED_PROBLEMS = 50;

/** What the check needs to know about a paper: who it is and which listings it came from. */
export type CheckedPaper = Pick<PaperData, 'id' | 'announcements' | 'sources'>;

export interface ArchiveCheckInput {
  /** The listing records ingest wrote (generated/listings.json). */
  listings: readonly ListingRecord[];
  /** The generated papers. */
  papers: readonly CheckedPaper[];
  /** Slugs of the paper pages in the build (`papers/<slug>/index.html`). */
  paperPages: ReadonlySet<string>;
  /** Slugs of the paper pages some day or topic page links to. */
  linkedPapers: ReadonlySet<string>;
}

/**
 * Everything that shows a paper lost or injected, as sentences naming the file, the paper and the
 * count; empty when the archive is whole. A listing's entries are compared with the announcements
 * of its category on its days from any file, because when two files record the same announcement
 * only the first (by path) is named as its source.
 */
export function findArchiveProblems({ listings, papers, paperPages, linkedPapers }: ArchiveCheckInput): string[] {
  const problems: string[] = [];
  const sources = new Set(listings.map((listing) => listing.source));
  const citing = new Map<string, number>();
  const announced = new Map<string, number>();
  for (const paper of papers) {
    for (const announcement of paper.announcements) {
      citing.set(announcement.source, (citing.get(announcement.source) ?? 0) + 1);
      const day = dayKey(announcement.category, announcement.date);
      announced.set(day, (announced.get(day) ?? 0) + 1);
    }
    for (const source of paper.sources) citing.set(source, (citing.get(source) ?? 0) + 1);
  }

  for (const listing of listings) {
    const cited = citing.get(listing.source) ?? 0;
    if (cited > listing.entries) {
      problems.push(`${listing.source}: ${cited} papers name this listing as their source, but it holds only ${plural(listing.entries, 'entry', 'entries')}`);
    }
    if (listing.kind === 'api') {
      if (cited < listing.entries) {
        problems.push(`${listing.source}: ${plural(listing.entries, 'entry', 'entries')} but only ${plural(cited, 'paper')} from it`);
      }
      continue;
    }
    const category = listing.category ?? '(no category)';
    const covered = listing.dates.reduce((sum, date) => sum + (announced.get(dayKey(category, date)) ?? 0), 0);
    if (covered < listing.entries) {
      problems.push(
        `${listing.source}: ${plural(listing.entries, 'entry', 'entries')} but only ${plural(covered, 'announcement')} in ${category} on ${listing.dates.join(', ') || 'no day'}`,
      );
    }
  }

  for (const paper of [...papers].sort((a, b) => compareStrings(a.id, b.id))) {
    const slug = idToSlug(paper.id);
    const named = [...paper.announcements.map((a) => a.source), ...paper.sources];
    if (named.length === 0) problems.push(`arXiv:${paper.id} comes from no listing: it has neither announcements nor sources`);
    for (const source of new Set(named)) {
      if (!sources.has(source)) problems.push(`arXiv:${paper.id} names ${source} as its source, which is not an ingested listing`);
    }
    if (!paperPages.has(slug)) problems.push(`arXiv:${paper.id} has no page: ${PAPER_PAGES_DIR}/${slug}/index.html is missing`);
    else if (!linkedPapers.has(slug)) problems.push(`${PAPER_PAGES_DIR}/${slug}/ (arXiv:${paper.id}) is linked from no day or topic page`);
  }

  const known = new Set(papers.map((paper) => idToSlug(paper.id)));
  for (const slug of [...paperPages].sort(compareStrings)) {
    if (!known.has(slug)) problems.push(`${PAPER_PAGES_DIR}/${slug}/index.html is a paper page for no paper of the collection`);
  }
  return problems;
}

function dayKey(category: string, date: string): string {
  return `${category}\u0000${date}`;
}

function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

export interface ArchiveCheckOptions {
  /** The generated collection the site was built from; defaults to FOLIO_GENERATED_DIR or `generated`. */
  generatedDir?: string;
}

export default function archiveCheck(options: ArchiveCheckOptions = {}): AstroIntegration {
  let command: string | undefined;
  let base = '/';
  let collection: Promise<GeneratedCollection> | undefined;
  return {
    name: INTEGRATION_NAME,
    hooks: {
      'astro:config:setup': (setup) => {
        command = setup.command;
      },
      // Reading the collection starts as soon as the build is configured, so its I/O overlaps rendering.
      'astro:config:done': ({ config }) => {
        base = config.base;
        if (command !== 'build') return;
        collection = readGeneratedCollection(options.generatedDir ?? getGeneratedDir());
        // Awaited at astro:build:done; this only keeps a failure from counting as unhandled meanwhile.
        collection.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const generatedDir = options.generatedDir ?? getGeneratedDir();
        const outDir = fileURLToPath(dir);
        const { problems, listings, papers } = await checkBuiltArchive(generatedDir, outDir, base, collection);
        collection = undefined;
        if (problems.length > 0) {
          const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `  - ${problem}`);
          const more = problems.length > MAX_LISTED_PROBLEMS ? [`  … and ${problems.length - MAX_LISTED_PROBLEMS} more`] : [];
          throw new Error(
            [
              `Folio archive check: ${plural(problems.length, 'problem')} between ${generatedDir} and ${outDir}:`,
              ...listed,
              ...more,
              'Run `npm run build` again (it ingests first); if the problems stay, the ingest or a page route drops or invents papers: report it as a bug.',
            ].join('\n'),
          );
        }
        logger.info(`every entry of ${plural(listings, 'listing')} is one of ${plural(papers, 'paper')}, each with a page linked from a day or topic page`);
      },
    },
  };
}

interface GeneratedCollection {
  listings: ListingRecord[];
  papers: CheckedPaper[];
}

/** Reads the generated collection and the built site under `base`, and checks them against each other. */
export async function checkBuiltArchive(
  generatedDir: string,
  outDir: string,
  base: string,
  collection: Promise<GeneratedCollection> = readGeneratedCollection(generatedDir),
): Promise<{ problems: string[]; listings: number; papers: number }> {
  const [{ listings, papers }, paperPages, linkedPapers] = await Promise.all([collection, listPaperPages(outDir), collectLinkedPapers(outDir, base)]);
  return { problems: findArchiveProblems({ listings, papers, paperPages, linkedPapers }), listings: listings.length, papers: papers.length };
}

async function readGeneratedCollection(generatedDir: string): Promise<GeneratedCollection> {
  const [listings, papers] = await Promise.all([readListingRecords(generatedDir), readPapers(generatedDir)]);
  return { listings, papers };
}

async function readListingRecords(generatedDir: string): Promise<ListingRecord[]> {
  const file = path.join(generatedDir, LISTINGS_FILE);
  const records: unknown = JSON.parse(await readFile(file, 'utf8'));
  return listingRecordSchema.array().parse(records);
}

/** The generated papers, read the way the content layer reads them (front matter through js-yaml and the schema). */
async function readPapers(generatedDir: string): Promise<CheckedPaper[]> {
  const papersDir = path.join(generatedDir, PAPERS_DIR);
  const files = (await readdir(papersDir)).filter((name) => MARKDOWN_FILE.test(name)).sort();
  return mapInBatches(files, async (name) => {
    const { frontmatter } = parseFrontmatter(await readFile(path.join(papersDir, name), 'utf8'));
    const { id, announcements, sources } = paperSchema.parse(frontmatter);
    return { id, announcements, sources };
  });
}

/** Slugs of `papers/<slug>/index.html` in the build. */
async function listPaperPages(outDir: string): Promise<Set<string>> {
  const dir = path.join(outDir, PAPER_PAGES_DIR);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const pages = await mapInBatches(
    entries.filter((entry) => entry.isDirectory()),
    async (entry) => ((await readFile(path.join(dir, entry.name, 'index.html')).then(() => true, () => false)) ? decodeSlug(entry.name) : undefined),
  );
  return new Set(pages.filter((slug): slug is string => slug !== undefined));
}

/** Slugs of the paper pages that the day and topic pages link to, however the link is written. */
async function collectLinkedPapers(outDir: string, base: string): Promise<Set<string>> {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}${PAPER_PAGES_DIR}/`;
  const pages: string[] = [];
  for (const dir of LISTING_PAGE_DIRS) {
    const entries = await readdir(path.join(outDir, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile() && entry.name === 'index.html') pages.push(path.join(entry.parentPath, entry.name));
  }
  const linked = new Set<string>();
  await mapInBatches(pages, async (file) => {
    const html = await readFile(file, 'utf8');
    const pageUrl = new URL(`${base}${path.relative(outDir, file).split(path.sep).join('/')}`, 'http://folio.invalid');
    for (const match of html.matchAll(HREF_ATTRIBUTE)) {
      const href = decodeHtmlAttribute(match[1] ?? match[2] ?? '');
      const target = new URL(href, pageUrl);
      if (target.origin !== pageUrl.origin || !target.pathname.startsWith(prefix)) continue;
      const slug = target.pathname.slice(prefix.length).split('/')[0];
      if (slug) linked.add(decodeSlug(slug));
    }
  });
  return linked;
}

/** Page folders and link paths hold the slug URL-encoded (getPaperUrl encodes it). */
function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Astro writes `&` in attribute values as `&amp;`; the other entities never occur in a site path. */
function decodeHtmlAttribute(value: string): string {
  return value.replaceAll('&amp;', '&');
}

async function mapInBatches<T, R>(items: readonly T[], map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += FILES_IN_FLIGHT) results.push(...(await Promise.all(items.slice(i, i + FILES_IN_FLIGHT).map(map))));
  return results;
}
