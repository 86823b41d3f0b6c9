// Writes the generated collection: one Markdown file per paper plus the listing records, all at
// once. The new output is built beside the old and swapped in, so an interrupted or failed run
// leaves the previous output whole. This is the only module of the pipeline that writes files.
import { mkdir, readdir, rename, rm, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Paper } from '../archive/paper.ts';
import type { ListingRecord } from '../archive/listing-record.ts';
import { idToSlug } from '../archive/arxiv-id.ts';
import { renderPaperMarkdown } from './paper-markdown.ts';

export const PAPERS_DIR = 'papers';
/** What a paper's file name may be: ids are validated upstream, and this keeps every write inside the folder. */
const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const LISTINGS_FILE = 'listings.json';

/** Writes `papers/<slug>.md` and `listings.json` under `outDir`, replacing what was there. */
export async function writeCollection(outDir: string, papers: readonly Paper[], listings: readonly ListingRecord[]): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const staging = `${path.resolve(outDir)}.staging-${process.pid}`;
  const previous = `${path.resolve(outDir)}.previous-${process.pid}`;
  await mkdir(parent, { recursive: true });
  await recoverInterruptedWrite(path.resolve(outDir));
  try {
    await mkdir(path.join(staging, PAPERS_DIR), { recursive: true });
    await writeInBatches(papers, (paper) => {
      const slug = idToSlug(paper.id);
      if (!SAFE_FILE_NAME.test(slug) || slug.includes('..')) throw new Error(`refusing to write paper id "${paper.id}": not a safe file name`);
      return writeFile(path.join(staging, PAPERS_DIR, `${slug}.md`), renderPaperMarkdown(paper));
    });
    await writeFile(path.join(staging, LISTINGS_FILE), `${JSON.stringify(listings, null, 2)}\n`);
    const hadPrevious = await exists(outDir);
    if (hadPrevious) await rename(outDir, previous);
    await rename(staging, outDir);
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Cleans up after a run that was killed: staging folders are dropped, and if the kill came
 * between the two renames (the output moved aside, the new one not yet in place), the previous
 * output is put back.
 */
async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const leftovers = (await readdir(parent)).filter((name) => name.startsWith(`${base}.staging-`) || name.startsWith(`${base}.previous-`));
  for (const name of leftovers.filter((n) => n.startsWith(`${base}.staging-`))) await rm(path.join(parent, name), { recursive: true, force: true });
  const previous = leftovers.filter((n) => n.startsWith(`${base}.previous-`)).sort();
  if (previous.length && !(await exists(outDir))) await rename(path.join(parent, previous.at(-1)!), outDir);
  for (const name of previous) await rm(path.join(parent, name), { recursive: true, force: true });
}

/** Bounded parallelism: fast on 100k files without opening them all at once. */
async function writeInBatches<T>(items: readonly T[], write: (item: T) => Promise<void>, batchSize = 64): Promise<void> {
  for (let i = 0; i < items.length; i += batchSize) {
    await Promise.all(items.slice(i, i + batchSize).map(write));
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
