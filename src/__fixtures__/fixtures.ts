// The one place tests find their input files: the repo's own fixtures, the seeds, and the
// real arXiv pages in ../shared/fixtures/arxiv (read in place, never committed).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const FIXTURES_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(FIXTURES_DIR, '../..');
/** The three listing files Folio started from, byte-identical copies of ../shared/seeds. */
export const SEEDS_DIR = path.join(FIXTURES_DIR, 'seeds');
/** Small listings written for the tests, in arXiv's structure. */
export const LISTINGS_DIR = path.join(FIXTURES_DIR, 'listings');
/** Real arXiv output saved by other projects: CI has shared/ beside the repository. */
export const SHARED_ARXIV_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/arxiv');

export const SEED_ABSTRACTS_ONLY = path.join(SEEDS_DIR, '000_91dae2cc694fc208.txt');
export const SEED_RUN_TOGETHER = path.join(SEEDS_DIR, '001_256423826bd26fb7.txt');
export const SEED_CLEAN_TEXT = path.join(SEEDS_DIR, '002_2fc0c2e3284e52c7.txt');

/** Reads a fixture as UTF-8 text. */
export function readFixture(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Path of a real arXiv page under ../shared/fixtures/arxiv, e.g. `html/list-recent_cs.CL_2026-07-27.html`. */
export function sharedArxivFixture(relative: string): string {
  return path.join(SHARED_ARXIV_DIR, relative);
}
