// Fetches arXiv's current listing page for a category and files it by the naming convention,
// content/listings/<category>/<YYYY-MM-DD>[-recent|-pastweek].html, with the day read from the
// page itself: one request naming the project, clear HTTP errors, and never an overwrite.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeListingBytes } from './decode.ts';
import { parseArxivHtml } from './formats/arxiv-html.ts';

export const LISTING_PAGES = ['new', 'recent', 'pastweek'] as const;
export type ListingPage = (typeof LISTING_PAGES)[number];

export const DEFAULT_ARXIV_URL = 'https://arxiv.org';
const FOLIO_VERSION = '0.1';
/** A Retry-After in seconds, rather than an HTTP date. */
const SECONDS = /^\d+$/;

/** What the request asks for: a category code as arXiv's /list/ URLs spell it, a page, maybe a day. */
export interface ListingRequest {
  category: string;
  page: ListingPage;
  /** The day the curator expects (YYYY-MM-DD): a page of another day is refused. */
  date?: string;
}

export type ListingFilePlan = { ok: true; listingPath: string; date: string } | { ok: false; message: string };

export type SaveOutcome = 'saved' | 'identical' | 'different';

/** `https://arxiv.org/list/cs.DC/new`; /recent and /pastweek ask for every entry on one page. */
export function getListingUrl(baseUrl: string, category: string, page: ListingPage): string {
  const url = new URL(`list/${encodeURIComponent(category)}/${page}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  // Those pages show 50 entries by default: a saved page should hold the whole span.
  if (page !== 'new') url.search = 'skip=0&show=2000';
  return url.href;
}

/** The User-Agent arXiv sees: the project, and where to reach its maintainers when known. */
export function getUserAgent(repoUrl?: string): string {
  return repoUrl ? `Folio/${FOLIO_VERSION} (+${repoUrl}; arXiv listing archive)` : `Folio/${FOLIO_VERSION} (arXiv listing archive)`;
}

/** Downloads a page with one GET; a network failure or an HTTP error status throws an Error that names the URL. */
export async function downloadListing(url: string, userAgent: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': userAgent, accept: 'text/html' }, redirect: 'follow' });
  } catch (error) {
    const reason = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new Error(`cannot reach ${url} (${reason}): nothing saved; check the network and the --base-url`, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: nothing saved; ${describeStatus(response)}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

function describeStatus(response: Response): string {
  if (response.status === 404) return 'is the category code right (e.g. cs.DC, math.CO, astro-ph)?';
  if (response.status === 403 || response.status === 429) return 'arXiv is limiting requests: wait a few minutes before trying again';
  const retryAfter = response.headers.get('retry-after');
  return `try again later${retryAfter ? ` (arXiv asks to wait ${retryAfter}${SECONDS.test(retryAfter) ? ' seconds' : ''})` : ''}`;
}

/**
 * Where a downloaded page goes, relative to the listings folder: its category, the day the page
 * announces (the newest day of a /recent or /pastweek page), and the page as a note.
 */
export function planListingFile(bytes: Uint8Array, request: ListingRequest): ListingFilePlan {
  const decoded = decodeListingBytes(bytes);
  if (decoded.text === undefined) return { ok: false, message: 'the response is empty or binary, not a listing page' };
  const parsed = parseArxivHtml(decoded.text);
  if (parsed.entries.length === 0) {
    return { ok: false, message: `the page lists no arXiv entries, so there is nothing to archive: is ${request.category} the category meant?` };
  }
  const days = parsed.entries.flatMap((entry) => (entry.date ? [entry.date] : [])).sort();
  const printed = parsed.date ?? days.at(-1);
  if (printed && request.date && printed !== request.date) {
    return {
      ok: false,
      message: `the page announces ${printed}, not ${request.date} (--date): arXiv serves only its latest listing; fetch again after the next announcement, or leave out --date to save this one`,
    };
  }
  const date = printed ?? request.date;
  if (!date) {
    return { ok: false, message: 'the page shows no announcement day: name the day with --date YYYY-MM-DD' };
  }
  const note = request.page === 'new' ? '' : `-${request.page}`;
  return { ok: true, listingPath: `${request.category}/${date}${note}.html`, date };
}

/** Writes the file unless one is already there: same bytes are fine, different bytes are never overwritten. */
export async function saveListingFile(file: string, bytes: Uint8Array): Promise<SaveOutcome> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, bytes, { flag: 'wx' });
    return 'saved';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from(await readFile(file)).equals(bytes) ? 'identical' : 'different';
}
