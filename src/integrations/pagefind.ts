// The search index: an Astro integration that reads the generated collection itself as soon as
// a build's config is known and feeds Pagefind (its own process, so it works on the second core
// while Astro renders on the first) one custom record per paper, nothing else, so each paper is
// found once. The records are split into shards, newest first (src/lib/search-record.ts); each
// is written into `<outDir>/pagefind/` once Astro has emptied the output directory, and the
// build waits for all of them at astro:build:done.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseFrontmatter } from 'astro/markdown';
import * as pagefind from 'pagefind';
import { paperSchema } from '../archive/paper.ts';
import { getGeneratedDir } from '../ingest/paths.ts';
import { PAPERS_DIR } from '../markdown/write-collection.ts';
import { buildArchiveIndex, type ArchivePaper } from '../lib/archive-index.ts';
import {
  SEARCH_MANIFEST_FILE,
  getPaperSearchRecord,
  planSearchShards,
  type PaperSearchRecord,
  type SearchManifest,
  type ShardSizes,
} from '../lib/search-record.ts';

export const INTEGRATION_NAME = 'folio:pagefind';
/** The index's folder in the build output; the search page loads `<base>pagefind/pagefind.js`. */
export const PAGEFIND_DIR = 'pagefind';
/**
 * 10k papers make a ~90 KB Pagefind page list for a first query to load; 25k papers keep
 * Pagefind's peak memory while writing a shard near 3.5 GB.
 */
export const DEFAULT_SHARD_SIZES: ShardSizes = { first: 10_000, rest: 25_000 };
/** Files read, and records sent to Pagefind, at once: enough to keep both busy, few enough to bound memory. */
const IN_FLIGHT = 64;

export interface PagefindIntegrationOptions {
  /** The generated collection to index; defaults to FOLIO_GENERATED_DIR or `generated`. */
  generatedDir?: string;
  shardSizes?: ShardSizes;
}

export default function pagefindIntegration(options: PagefindIntegrationOptions = {}): AstroIntegration {
  let command: string | undefined;
  let indexing: Promise<SearchManifest> | undefined;
  let openOutput: (() => void) | undefined;
  return {
    name: INTEGRATION_NAME,
    hooks: {
      'astro:config:setup': (setup) => {
        command = setup.command;
      },
      // The earliest hook that knows the base path and the output directory: index while Astro syncs and renders.
      'astro:config:done': ({ config, logger }) => {
        if (command !== 'build') return;
        limitPagefindThreads();
        const generatedDir = options.generatedDir ?? getGeneratedDir();
        const outputDir = path.join(fileURLToPath(config.outDir), PAGEFIND_DIR);
        // Astro empties the output directory when its build starts; shards are written after that.
        const outputReady = new Promise<void>((resolve) => (openOutput = resolve));
        logger.info(`indexing ${path.join(generatedDir, PAPERS_DIR)} for search while the site builds`);
        indexing = buildSearchIndex({
          generatedDir,
          base: config.base,
          outputDir,
          shardSizes: options.shardSizes ?? DEFAULT_SHARD_SIZES,
          outputReady,
        });
        // Awaited at astro:build:done; until then a failure must not count as unhandled.
        indexing.catch(() => {});
      },
      'astro:build:setup': () => {
        openOutput?.();
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) return;
        try {
          const { shards } = await indexing;
          const papers = shards.reduce((sum, shard) => sum + shard.papers, 0);
          logger.info(`indexed ${papers} papers for search in ${shards.length} shard(s)`);
        } finally {
          indexing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Pagefind works on every core by default, the one Astro renders on included; one thread keeps
 * it on the other core of a two-core machine. Set before its process starts; a caller's own
 * setting wins.
 */
function limitPagefindThreads(): void {
  process.env.RAYON_NUM_THREADS ??= '1';
  process.env.TOKIO_WORKER_THREADS ??= '1';
}

export interface SearchIndexOptions {
  generatedDir: string;
  base: string;
  /** `<outDir>/pagefind`: the first shard goes here, the others into folders inside it. */
  outputDir: string;
  shardSizes: ShardSizes;
  /** Resolves once the output directory may be written to. */
  outputReady?: Promise<void>;
}

/**
 * Reads every paper, then builds the shards one after another (one Pagefind index in memory at
 * a time) and writes the manifest the search page reads. The caller closes Pagefind.
 */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchManifest> {
  const records = await readSearchRecords(options.generatedDir, options.base);
  const shards = planSearchShards(records, options.shardSizes);
  for (const { shard, records: shardRecords } of shards) {
    const { index } = await runStep('createIndex', () => pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Folio search index: Pagefind createIndex returned no index');
    for (let start = 0; start < shardRecords.length; start += IN_FLIGHT) {
      await Promise.all(
        shardRecords
          .slice(start, start + IN_FLIGHT)
          .map((record) => runStep(`addCustomRecord (${record.url})`, () => index.addCustomRecord(record))),
      );
    }
    await options.outputReady;
    await runStep('writeFiles', () => index.writeFiles({ outputPath: path.resolve(options.outputDir, shard.path) }));
    // Frees the shard's memory in the Pagefind process before the next one is built.
    await index.deleteIndex();
  }
  const manifest: SearchManifest = { shards: shards.map(({ shard }) => shard) };
  await options.outputReady;
  await mkdir(options.outputDir, { recursive: true });
  await writeFile(path.join(options.outputDir, SEARCH_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

/** Runs one Pagefind call: its reported errors and its exceptions both fail the build, naming the step. */
async function runStep<T extends { errors: string[] }>(step: string, call: () => Promise<T>): Promise<T> {
  let response: T;
  try {
    response = await call();
  } catch (error) {
    throw new Error(`Folio search index: Pagefind ${step} failed: ${String(error)}`, { cause: error });
  }
  if (response.errors.length > 0) {
    throw new Error(`Folio search index: Pagefind ${step} reported: ${response.errors.join('; ')}`);
  }
  return response;
}

/**
 * Every paper of the generated collection as its search record, in file name order, seen through
 * the same index the pages are cut from (its categories, authors and latest day).
 */
export async function readSearchRecords(generatedDir: string, base: string): Promise<PaperSearchRecord[]> {
  const papersDir = path.join(generatedDir, PAPERS_DIR);
  let files: string[];
  try {
    files = (await readdir(papersDir)).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    throw new Error(`Folio search index: cannot read ${papersDir}; run \`npm run ingest\` first`, { cause: error });
  }
  const papers: ArchivePaper[] = [];
  for (let start = 0; start < files.length; start += IN_FLIGHT) {
    papers.push(...(await Promise.all(files.slice(start, start + IN_FLIGHT).map((file) => readPaperFile(path.join(papersDir, file))))));
  }
  return buildArchiveIndex(papers, []).papers.map((paper) => getPaperSearchRecord(paper, base));
}

/** One generated paper file as the collection holds it, validated by the collection's schema. */
export async function readPaperFile(file: string): Promise<ArchivePaper> {
  const { frontmatter, content } = parseFrontmatter(await readFile(file, 'utf8'));
  const parsed = paperSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
    throw new Error(`Folio search index: ${file}: invalid front matter (${problems.join('; ')}); run \`npm run ingest\` again`);
  }
  return { data: parsed.data, body: content };
}
