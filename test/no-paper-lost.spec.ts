// No paper lost, none injected, over the built test site: the archive check the build ran
// (src/integrations/archive-check.ts) passes, an ingest of the same listings finds a page for every
// entry, and the check does catch a page that goes missing, unlinked or extra in a real build.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BASE, REPO_ROOT, SITE_DIST_DIR, SITE_GENERATED_DIR, SITE_LISTINGS_DIR } from './built-site.ts';
import { checkBuiltArchive } from '../src/integrations/archive-check.ts';
import { readListingFiles } from '../src/ingest/read-listings.ts';
import { ingestListingFiles } from '../src/ingest/ingest-listings.ts';
import { idToSlug } from '../src/archive/arxiv-id.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'folio-no-paper-lost-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the built site's paper, day and topic pages (what the check reads), to break on purpose. */
function copyPages(name: string): string {
  const dir = path.join(scratch, name);
  for (const folder of ['papers', 'days', 'topics']) cpSync(path.join(SITE_DIST_DIR, folder), path.join(dir, folder), { recursive: true });
  return dir;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the built test site', () => {
  test('passes the archive check: every listing entry is a paper with a page linked from a day or topic page', async () => {
    const { problems, listings, papers } = await checkBuiltArchive(SITE_GENERATED_DIR, SITE_DIST_DIR, BASE);
    expect(problems).toEqual([]);
    expect(listings).toBe(listFiles(SITE_LISTINGS_DIR).length);
    expect(papers).toBe(readdirSync(path.join(SITE_GENERATED_DIR, 'papers')).length);
  });

  test('has a page for every paper an ingest of the same listings finds, entry by entry', async () => {
    const result = ingestListingFiles(await readListingFiles(SITE_LISTINGS_DIR, REPO_ROOT));
    expect(result.errorCount).toBe(0);
    const pageOf = (id: string) => path.join(SITE_DIST_DIR, 'papers', idToSlug(id), 'index.html');
    const entries = result.reports.flatMap((report) => report.ids.flatMap((id) => (id ? [`${report.source}: ${id}`] : [])));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(existsSync(pageOf(entry.split(': ')[1]!)), entry).toBe(true);
    // Abstract-only entries have no printed id: their papers are the unidentified ones.
    for (const paper of result.papers) expect(existsSync(pageOf(paper.id)), paper.id).toBe(true);
    expect(readdirSync(path.join(SITE_DIST_DIR, 'papers')).sort()).toEqual(result.papers.map((p) => idToSlug(p.id)).sort());
  });

  test('reports a paper page that went missing, one no day or topic page links to, and one no paper accounts for', async () => {
    const dist = copyPages('broken-pages');
    rmSync(path.join(dist, 'papers/2604.09005'), { recursive: true });
    const unlinked = `href="${BASE}papers/2604.09004/"`;
    let removed = 0;
    for (const file of listFiles(dist).filter((f) => !f.includes(`${path.sep}papers${path.sep}`))) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(unlinked)) continue;
      removed++;
      writeFileSync(file, html.replaceAll(unlinked, 'href="#"'));
    }
    expect(removed).toBeGreaterThan(0);
    await mkdir(path.join(dist, 'papers/2604.09666'));
    writeFileSync(path.join(dist, 'papers/2604.09666/index.html'), '<!DOCTYPE html><title>injected</title>');

    const { problems } = await checkBuiltArchive(SITE_GENERATED_DIR, dist, BASE);
    expect(problems).toEqual([
      'papers/2604.09004/ (arXiv:2604.09004) is linked from no day or topic page',
      'arXiv:2604.09005 has no page: papers/2604.09005/index.html is missing',
      'papers/2604.09666/index.html is a paper page for no paper of the collection',
    ]);
  });

  test('reports a listing with more entries than the generated collection announces', async () => {
    const generated = path.join(scratch, 'broken-collection');
    cpSync(SITE_GENERATED_DIR, generated, { recursive: true });
    rmSync(path.join(generated, 'papers/2604.09102.md'));
    const { problems } = await checkBuiltArchive(generated, SITE_DIST_DIR, BASE);
    expect(problems).toEqual([
      'src/__fixtures__/site/hostile-text/cs.CR/2026-04-07.txt: 3 entries but only 2 announcements in cs.CR on 2026-04-07',
      'papers/2604.09102/index.html is a paper page for no paper of the collection',
    ]);
  });
});
