import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { downloadListing, getListingUrl, getUserAgent, planListingFile, saveListingFile } from './fetch-listing.ts';
import { LISTINGS_DIR, sharedArxivFixture } from '../__fixtures__/fixtures.ts';

const NEW_PAGE = readFileSync(path.join(LISTINGS_DIR, 'review/cs.DC/2026-03-02.html'));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
/** The error for a port nothing listens on; the reason in parentheses comes from the system. */
const UNREACHABLE = /^cannot reach http:\/\/127\.0\.0\.1:1\/list\/cs\.DC\/new \(.+\): nothing saved; check the network and the --base-url$/;

describe('getListingUrl', () => {
  test('asks arXiv for the /new page as it is, and for every entry of /recent and /pastweek', () => {
    expect(getListingUrl('https://arxiv.org', 'cs.DC', 'new')).toBe('https://arxiv.org/list/cs.DC/new');
    expect(getListingUrl('https://arxiv.org/', 'cs.CL', 'recent')).toBe('https://arxiv.org/list/cs.CL/recent?skip=0&show=2000');
    expect(getListingUrl('http://127.0.0.1:8080/mirror', 'astro-ph', 'pastweek')).toBe('http://127.0.0.1:8080/mirror/list/astro-ph/pastweek?skip=0&show=2000');
  });
});

describe('getUserAgent', () => {
  test('names the project and, when known, where to reach it', () => {
    expect(getUserAgent('https://github.com/example/folio')).toBe('Folio/0.1 (+https://github.com/example/folio; arXiv listing archive)');
    expect(getUserAgent()).toBe('Folio/0.1 (arXiv listing archive)');
  });
});

describe('planListingFile', () => {
  test('files a /new page under its category and the day it announces', () => {
    expect(planListingFile(NEW_PAGE, { category: 'cs.DC', page: 'new' })).toEqual({ ok: true, listingPath: 'cs.DC/2026-03-02.html', date: '2026-03-02' });
    expect(planListingFile(NEW_PAGE, { category: 'cs.DC', page: 'new', date: '2026-03-02' })).toEqual({
      ok: true,
      listingPath: 'cs.DC/2026-03-02.html',
      date: '2026-03-02',
    });
  });

  test('files /recent and /pastweek pages under their newest day with the page as a note', () => {
    const recent = readFileSync(sharedArxivFixture('html/list-recent_cs.CL_2026-07-27.html'));
    expect(planListingFile(recent, { category: 'cs.CL', page: 'recent' })).toEqual({ ok: true, listingPath: 'cs.CL/2026-07-27-recent.html', date: '2026-07-27' });
    const pastweek = readFileSync(sharedArxivFixture('html/list-pastweek_astro-ph.CO_2026-07-24.html'));
    expect(planListingFile(pastweek, { category: 'astro-ph.CO', page: 'pastweek' })).toEqual({
      ok: true,
      listingPath: 'astro-ph.CO/2026-07-24-pastweek.html',
      date: '2026-07-24',
    });
  });

  test('refuses a page of another day than --date names', () => {
    expect(planListingFile(NEW_PAGE, { category: 'cs.DC', page: 'new', date: '2026-03-03' })).toEqual({
      ok: false,
      message:
        'the page announces 2026-03-02, not 2026-03-03 (--date): arXiv serves only its latest listing; fetch again after the next announcement, or leave out --date to save this one',
    });
  });

  test('takes the day from --date only when the page prints none', () => {
    const undated = encode(NEW_PAGE.toString('utf8').replace('<h3>Showing new listings for Monday, 2 March 2026</h3>', ''));
    expect(planListingFile(undated, { category: 'cs.DC', page: 'new' })).toEqual({
      ok: false,
      message: 'the page shows no announcement day: name the day with --date YYYY-MM-DD',
    });
    expect(planListingFile(undated, { category: 'cs.DC', page: 'new', date: '2026-03-02' })).toEqual({ ok: true, listingPath: 'cs.DC/2026-03-02.html', date: '2026-03-02' });
  });

  test('refuses an empty response and a page without entries', () => {
    expect(planListingFile(new Uint8Array(), { category: 'cs.DC', page: 'new' })).toEqual({ ok: false, message: 'the response is empty or binary, not a listing page' });
    expect(planListingFile(encode('<!DOCTYPE html>\n<html lang="en"><body><h1>Not Found</h1></body></html>'), { category: 'cs.XX', page: 'new' })).toEqual({
      ok: false,
      message: 'the page lists no arXiv entries, so there is nothing to archive: is cs.XX the category meant?',
    });
  });
});

describe('downloadListing', () => {
  let server: Server;
  let origin: string;
  const received: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(request.headers);
      if (request.url === '/list/cs.DC/new') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(NEW_PAGE);
      } else if (request.url === '/list/cs.LG/new') {
        response.writeHead(503, { 'retry-after': '600' });
        response.end('arXiv is updating its listings');
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('returns the page bytes, sending the User-Agent it is given', async () => {
    const bytes = await downloadListing(`${origin}/list/cs.DC/new`, 'Folio/0.1 (arXiv listing archive)');
    expect(Buffer.from(bytes).equals(NEW_PAGE)).toBe(true);
    expect(received.at(-1)?.['user-agent']).toBe('Folio/0.1 (arXiv listing archive)');
  });

  test('throws an error naming the status, the URL and what to do', async () => {
    await expect(downloadListing(`${origin}/list/cs.LG/new`, 'Folio/0.1')).rejects.toThrow(
      `${origin}/list/cs.LG/new answered HTTP 503 Service Unavailable: nothing saved; try again later (arXiv asks to wait 600 seconds)`,
    );
    await expect(downloadListing(`${origin}/list/cs.XX/new`, 'Folio/0.1')).rejects.toThrow(
      `${origin}/list/cs.XX/new answered HTTP 404 Not Found: nothing saved; is the category code right (e.g. cs.DC, math.CO, astro-ph)?`,
    );
  });

  test('throws an error naming the URL when nothing answers', async () => {
    await expect(downloadListing('http://127.0.0.1:1/list/cs.DC/new', 'Folio/0.1')).rejects.toThrow(UNREACHABLE);
  });
});

describe('saveListingFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'folio-save-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('saves a new file, accepts the same bytes again and never overwrites different bytes', async () => {
    const file = path.join(dir, 'cs.DC/2026-03-02.html');
    expect(await saveListingFile(file, NEW_PAGE)).toBe('saved');
    expect(readFileSync(file).equals(NEW_PAGE)).toBe(true);
    expect(await saveListingFile(file, NEW_PAGE)).toBe('identical');
    writeFileSync(file, 'a copy edited by hand');
    expect(await saveListingFile(file, NEW_PAGE)).toBe('different');
    expect(readFileSync(file, 'utf8')).toBe('a copy edited by hand');
  });
});
