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
