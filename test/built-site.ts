// Where the test build lives: the site built from src/__fixtures__/site by test/global-setup.ts,
// under the sub-path BASE so every link is checked the way GitHub Pages serves it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Listings the test site is built from: seeds, small fixtures and the hostile corpus. */
export const SITE_LISTINGS_DIR = path.join(REPO_ROOT, 'src/__fixtures__/site');
export const TEST_RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SITE_GENERATED_DIR = path.join(TEST_RESULTS_DIR, 'generated');
export const SITE_DIST_DIR = path.join(TEST_RESULTS_DIR, 'dist');
/** Screenshots and other artifacts of the browser tests. */
export const SCREENSHOTS_DIR = path.join(TEST_RESULTS_DIR, 'screenshots');
export const BASE = '/folio/';
export const SITE = 'https://folio.test';

/** What vitest puts into process.env for its workers; Astro would read them as the build's own (BASE_URL, DEV…). */
const VITEST_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

/** The environment of a test build of the test listings into `outDir`: the parent's, less vitest's variables. */
export function getTestBuildEnv(outDir = SITE_DIST_DIR): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.has(name)));
  return {
    ...inherited,
    FOLIO_CACHE_DIR: path.join(TEST_RESULTS_DIR, 'astro-cache'),
    FOLIO_GENERATED_DIR: SITE_GENERATED_DIR,
    FOLIO_OUT_DIR: outDir,
    FOLIO_BASE: BASE,
    FOLIO_SITE: SITE,
  };
}
