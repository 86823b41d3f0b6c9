// Ingest is atomic and deterministic, and so is the build. An ingest that finds errors leaves the
// previous output byte for byte; one killed while writing leaves the old output or the new one,
// whole, and the next run is not disturbed by what it left; two ingests, and two site builds, of
// the same listings are byte-identical. Runs scripts/ingest.ts and astro as child processes.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { getTestBuildEnv, REPO_ROOT, SITE_DIST_DIR, SITE_GENERATED_DIR, SITE_LISTINGS_DIR } from './built-site.ts';
import { generateNewPage } from '../scripts/lib/synthetic-listings.ts';

const run = promisify(execFile);
const NODE = process.execPath;
const INGEST = path.join(REPO_ROOT, 'scripts/ingest.ts');
const ASTRO = path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
const FIXTURES = path.join(REPO_ROOT, 'src/__fixtures__');
/** Enough papers that writing them takes long enough to be killed halfway: 16 /new pages of 500. */
const BIG_PAGES = 16;
const BIG_PAGE_ENTRIES = 500;
/** How often the killer looks at the staging folder. */
const POLL_MS = 5;
/** The staging folder a killed ingest leaves beside `generated`. */
const KILLED_STAGING = /^generated\.staging-\d+$/;

const scratch = mkdtempSync(path.join(tmpdir(), 'folio-determinism-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Every file below `dir` with the SHA-256 of its bytes, by posix path. */
function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file).split(path.sep).join('/')] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return hashes;
}

async function ingest(listings: string, out: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(NODE, [INGEST, '--listings', listings, '--out', out], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** A listings folder holding copies of fixture files at their listing paths. */
function makeListings(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [listingPath, fixture] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, listingPath)), { recursive: true });
    cpSync(path.join(FIXTURES, fixture), path.join(dir, listingPath));
  }
  return dir;
}

/** The siblings of an output folder: where a crashed ingest would leave its staging copies. */
function siblingsOf(out: string): string[] {
  return readdirSync(path.dirname(out)).filter((name) => name.startsWith(path.basename(out))).sort();
}

describe('scripts/ingest.ts', () => {
  test('leaves the previous output byte for byte when a listing has errors, and writes nothing beside it', async () => {
    const listings = makeListings('with-errors', { 'cs.CR/2026-04-07.txt': 'site/hostile-text/cs.CR/2026-04-07.txt' });
    const out = path.join(scratch, 'with-errors-out', 'generated');
    expect((await ingest(listings, out)).code).toBe(0);
    const before = hashTree(out);
    expect(Object.keys(before)).toContain('listings.json');

    cpSync(path.join(FIXTURES, 'hostile/duplicate-conflicting/cs.CR/2026-04-17.txt'), path.join(listings, 'cs.CR/2026-04-17.txt'));
    cpSync(path.join(FIXTURES, 'hostile/nul-byte/cs.CR/2026-05-01.txt'), path.join(listings, 'cs.CR/2026-05-01.txt'));
    const failed = await ingest(listings, out);
    expect(failed.code).toBe(1);
    expect(failed.output).toContain(`ingest: 2 errors; nothing written, ${out} left as it was`);
    expect(hashTree(out)).toEqual(before);
    expect(siblingsOf(out)).toEqual(['generated']);
  });

  test('writes byte-identical output for the same listings, run after run', async () => {
    const first = path.join(scratch, 'same-a', 'generated');
    const second = path.join(scratch, 'same-b', 'generated');
    expect((await ingest(SITE_LISTINGS_DIR, first)).code).toBe(0);
    expect((await ingest(SITE_LISTINGS_DIR, second)).code).toBe(0);
    const hashes = hashTree(first);
    expect(Object.keys(hashes).length).toBeGreaterThan(100);
    expect(hashTree(second)).toEqual(hashes);
    // And the collection the test site was built from, by the global setup.
    expect(hashTree(SITE_GENERATED_DIR)).toEqual(hashes);
  });

  test('leaves the old output or the new one, whole, when killed while writing, and the next run completes', { timeout: 600_000 }, async () => {
    const small = makeListings('killed-small', { 'cs.CR/2026-04-07.txt': 'site/hostile-text/cs.CR/2026-04-07.txt' });
    const big = path.join(scratch, 'killed-big');
    mkdirSync(path.join(big, 'cs.DC'), { recursive: true });
    const start = Date.UTC(2025, 0, 6);
    for (let page = 0; page < BIG_PAGES; page++) {
      const date = new Date(start + page * 86_400_000).toISOString().slice(0, 10);
      writeFileSync(path.join(big, 'cs.DC', `${date}.html`), generateNewPage(date, BIG_PAGE_ENTRIES, page * BIG_PAGE_ENTRIES, page + 1));
    }
    const reference = path.join(scratch, 'killed-reference', 'generated');
    expect((await ingest(big, reference)).code).toBe(0);
    const whole = hashTree(reference);
    expect(Object.keys(whole).length).toBe(BIG_PAGES * BIG_PAGE_ENTRIES + 1);

    const out = path.join(scratch, 'killed-out', 'generated');
    expect((await ingest(small, out)).code).toBe(0);
    const old = hashTree(out);

    // Killed as soon as the staging folder exists, and halfway through writing the papers.
    const moments: ((staged: number | undefined) => boolean)[] = [
      (staged) => staged !== undefined,
      (staged) => staged !== undefined && staged >= (BIG_PAGES * BIG_PAGE_ENTRIES) / 2,
    ];
    for (const moment of moments) {
      const outcome = await killIngestWhen(big, out, moment);
      expect(outcome.killed, 'the ingest finished before it could be killed').toBe(true);
      const now = hashTree(out);
      expect(isDeepStrictEqual(now, old) || isDeepStrictEqual(now, whole), 'the output is neither the old one nor the new one, whole').toBe(true);
    }

    const next = await ingest(big, out);
    expect(next.code).toBe(0);
    expect(hashTree(out)).toEqual(whole);
    // Only folders of the killed runs may remain beside the output: the finished run left nothing.
    expect(siblingsOf(out).filter((name) => name !== 'generated').every((name) => KILLED_STAGING.test(name))).toBe(true);
  });
});

/** Runs an ingest of `listings` into `out` and SIGKILLs it once `moment` holds for its staging folder. */
async function killIngestWhen(listings: string, out: string, moment: (staged: number | undefined) => boolean): Promise<{ killed: boolean }> {
  const child = spawn(NODE, [INGEST, '--listings', listings, '--out', out], { cwd: REPO_ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const staging = path.join(`${out}.staging-${child.pid}`, 'papers');
  let done = false;
  void exited.then(() => {
    done = true;
  });
  while (!done) {
    const staged = existsSync(staging) ? readdirSync(staging).length : undefined;
    if (moment(staged)) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const code = await exited;
  return { killed: code === null };
}

describe('astro build', () => {
  test('builds the same listings into byte-identical sites', { timeout: 600_000 }, async () => {
    const out = path.join(scratch, 'second-build');
    // The same environment as test/global-setup.ts, but for the output folder.
    const env = getTestBuildEnv(out);
    await run(NODE, [ASTRO, 'build'], { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    // Nothing is excluded: every file of the first build, the search index included, must come back the same.
    const first = hashTree(SITE_DIST_DIR);
    expect(Object.keys(first).length).toBeGreaterThan(100);
    expect(hashTree(out)).toEqual(first);
  });
});
