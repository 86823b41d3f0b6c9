// End to end: `node scripts/fetch-listing.ts` against a local server standing in for arXiv (no
// network): the saved path and bytes, the User-Agent sent, HTTP errors, the refusal to overwrite,
// and the review of the saved file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LISTINGS_DIR, REPO_ROOT } from '../src/__fixtures__/fixtures.ts';

const SCRIPT = path.join(REPO_ROOT, 'scripts/fetch-listing.ts');
const NEW_PAGE = readFileSync(path.join(LISTINGS_DIR, 'review/cs.DC/2026-03-02.html'));
const REPO_URL = 'https://github.com/example/folio';

let server: Server;
let baseUrl: string;
const userAgents: (string | undefined)[] = [];
const folders: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    userAgents.push(request.headers['user-agent']);
    if (request.url === '/list/cs.DC/new') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(NEW_PAGE);
    } else {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('Service Unavailable');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Runs the script in a fresh folder (its own listings/), asynchronously so the server can answer. */
async function fetchListing(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, FOLIO_REPO_URL: REPO_URL };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, ...args, '--listings', 'listings', '--base-url', baseUrl], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function makeFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'folio-fetch-'));
  folders.push(dir);
  return dir;
}

describe('fetch-listing', () => {
  test('saves the /new page under its category and day, byte for byte, naming the project, and reviews it', async () => {
    const dir = makeFolder();
    const before = userAgents.length;
    const { code, stdout, stderr } = await fetchListing(dir, 'cs.DC');
    expect(userAgents.slice(before)).toEqual([`Folio/0.1 (+${REPO_URL}; arXiv listing archive)`]);
    expect(readFileSync(path.join(dir, 'listings/cs.DC/2026-03-02.html')).equals(NEW_PAGE)).toBe(true);
    expect(stdout.split('\n')).toEqual([
      `fetch-listing: GET ${baseUrl}/list/cs.DC/new`,
      'fetch-listing: saved listings/cs.DC/2026-03-02.html',
      'listings/cs.DC/2026-03-02.html',
      '  format: arxiv-html (a /new page)',
      '  category: cs.DC',
      '  date: 2026-03-02',
      '  Total: 7 parsed / 7 printed',
      '  New submissions: 3 parsed / 3 printed',
      '  Cross submissions: 2 parsed / 2 printed',
      '  Replacement submissions: 2 parsed / 2 printed',
      '  papers: 7 new to the archive, 0 updated, 0 unchanged',
      '  problems: none',
      '',
      'validate: ok, 1 listing file reviewed (archive: 7 papers), 0 errors, 0 warnings',
      '',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const again = await fetchListing(dir, 'cs.DC');
    expect(again.stdout).toBe(
      `fetch-listing: GET ${baseUrl}/list/cs.DC/new\nfetch-listing: listings/cs.DC/2026-03-02.html is already there with the same bytes; nothing to do\n`,
    );
    expect(again.code).toBe(0);
  });

  test('refuses to overwrite a different file of the same day', async () => {
    const dir = makeFolder();
    await fetchListing(dir, 'cs.DC');
    const file = path.join(dir, 'listings/cs.DC/2026-03-02.html');
    writeFileSync(file, 'a copy edited by hand\n');
    const { code, stderr } = await fetchListing(dir, 'cs.DC');
    expect(stderr).toBe(
      'fetch-listing: listings/cs.DC/2026-03-02.html already exists with different content and was not overwritten: compare the two; ' +
        'to keep both, save this copy by hand as 2026-03-02-<note>.html beside it (validate warns if their counts disagree)\n',
    );
    expect(readFileSync(file, 'utf8')).toBe('a copy edited by hand\n');
    expect(code).toBe(1);
  });

  test('reports an HTTP error with its status and URL, saves nothing and exits 1', async () => {
    const dir = makeFolder();
    const { code, stdout, stderr } = await fetchListing(dir, 'cs.LG');
    expect(stdout).toBe(`fetch-listing: GET ${baseUrl}/list/cs.LG/new\n`);
    expect(stderr).toBe(`fetch-listing: ${baseUrl}/list/cs.LG/new answered HTTP 503 Service Unavailable: nothing saved; try again later\n`);
    expect(existsSync(path.join(dir, 'listings'))).toBe(false);
    expect(code).toBe(1);
  });

  test('refuses a page of another day than --date, and a malformed category, before saving anything', async () => {
    const dir = makeFolder();
    const wrongDay = await fetchListing(dir, 'cs.DC', '--date', '2026-03-03');
    expect(wrongDay.stderr).toBe(
      'fetch-listing: the page announces 2026-03-02, not 2026-03-03 (--date): arXiv serves only its latest listing; ' +
        'fetch again after the next announcement, or leave out --date to save this one; nothing saved\n',
    );
    expect(wrongDay.code).toBe(1);
    const malformed = await fetchListing(dir, '../cs.DC');
    expect(malformed.stderr).toBe('fetch-listing: name one category code, e.g. npm run fetch-listing -- cs.DC\n');
    expect(malformed.code).toBe(2);
    expect(existsSync(path.join(dir, 'listings'))).toBe(false);
  });
});
