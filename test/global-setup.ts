// Builds the test site once before the site checks: ingest the test listings, then astro build
// under a sub-path. Set FOLIO_REUSE_TEST_BUILD=1 to reuse an existing build while iterating.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BASE, REPO_ROOT, SITE, SITE_DIST_DIR, SITE_GENERATED_DIR, SITE_LISTINGS_DIR, TEST_RESULTS_DIR } from './built-site.ts';

export default function buildTestSite(): void {
  if (process.env.FOLIO_REUSE_TEST_BUILD === '1' && existsSync(path.join(SITE_DIST_DIR, 'index.html'))) return;
  rmSync(SITE_DIST_DIR, { recursive: true, force: true });
  // Vite's own variables (vitest sets BASE_URL=/) would leak into import.meta.env of the build.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  const env = {
    ...inherited,
    FOLIO_CACHE_DIR: path.join(TEST_RESULTS_DIR, 'astro-cache'),
    FOLIO_GENERATED_DIR: SITE_GENERATED_DIR,
    FOLIO_OUT_DIR: SITE_DIST_DIR,
    FOLIO_BASE: BASE,
    FOLIO_SITE: SITE,
  };
  const node = process.execPath;
  execFileSync(node, ['scripts/ingest.ts', '--listings', SITE_LISTINGS_DIR, '--out', SITE_GENERATED_DIR], { cwd: REPO_ROOT, env, stdio: 'inherit' });
  execFileSync(node, [path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: REPO_ROOT, env, stdio: 'inherit' });
}
