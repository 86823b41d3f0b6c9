// Builds the test site once before the site checks: ingest the test listings, then astro build
// under a sub-path. Set FOLIO_REUSE_TEST_BUILD=1 to reuse an existing build while iterating.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getTestBuildEnv, REPO_ROOT, SITE_DIST_DIR, SITE_GENERATED_DIR, SITE_LISTINGS_DIR } from './built-site.ts';

export default function buildTestSite(): void {
  if (process.env.FOLIO_REUSE_TEST_BUILD === '1' && existsSync(path.join(SITE_DIST_DIR, 'index.html'))) return;
  rmSync(SITE_DIST_DIR, { recursive: true, force: true });
  const env = getTestBuildEnv();
  const node = process.execPath;
  execFileSync(node, ['scripts/ingest.ts', '--listings', SITE_LISTINGS_DIR, '--out', SITE_GENERATED_DIR], { cwd: REPO_ROOT, env, stdio: 'inherit' });
  execFileSync(node, [path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: REPO_ROOT, env, stdio: 'inherit' });
}
