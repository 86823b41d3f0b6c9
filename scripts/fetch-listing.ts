// npm run fetch-listing -- <category> [--page new|recent|pastweek] [--date YYYY-MM-DD] [--listings DIR] [--base-url URL]:
// downloads arXiv's current listing page with one request, saves it as <listings>/<category>/<day>[-page].html
// (never over a different file) and reviews it as validate does. Exit 0 when saved (or already there)
// without errors, 1 on an HTTP error, a refused overwrite or a listing with errors, 2 on a usage mistake.
import { parseArgs } from 'node:util';
import path from 'node:path';
import {
  DEFAULT_ARXIV_URL,
  LISTING_PAGES,
  downloadListing,
  getListingUrl,
  getUserAgent,
  planListingFile,
  saveListingFile,
  type ListingPage,
} from '../src/ingest/fetch-listing.ts';
import { readListingFile, readListingFiles } from '../src/ingest/read-listings.ts';
import { renderReviewText, reviewListingFiles } from '../src/ingest/review.ts';
import { DEFAULT_LISTINGS_DIR } from '../src/ingest/paths.ts';

const CATEGORY_CODE = /^[a-z][a-z-]*(?:\.[A-Za-z-]+)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    page: { type: 'string', default: 'new' },
    date: { type: 'string' },
    listings: { type: 'string', default: DEFAULT_LISTINGS_DIR },
    'base-url': { type: 'string', default: DEFAULT_ARXIV_URL },
  },
});
const [category] = positionals;
const page = values.page as ListingPage;
if (!category || !CATEGORY_CODE.test(category) || positionals.length > 1) fail(2, 'name one category code, e.g. npm run fetch-listing -- cs.DC');
if (!LISTING_PAGES.includes(page)) fail(2, `--page must be one of ${LISTING_PAGES.join(', ')}, not "${values.page}"`);
if (values.date !== undefined && !ISO_DAY.test(values.date)) fail(2, `--date must be a day as YYYY-MM-DD, not "${values.date}"`);

const url = getListingUrl(values['base-url'], category, page);
console.log(`fetch-listing: GET ${url}`);
const bytes = await downloadListing(url, getUserAgent(process.env.FOLIO_REPO_URL)).catch((error: Error) => fail(1, error.message));
const plan = planListingFile(bytes, { category, page, ...(values.date ? { date: values.date } : {}) });
if (!plan.ok) fail(1, `${plan.message}; nothing saved`);

const target = path.join(values.listings, plan.listingPath);
const outcome = await saveListingFile(target, bytes);
if (outcome === 'identical') {
  console.log(`fetch-listing: ${target} is already there with the same bytes; nothing to do`);
  process.exit(0);
}
if (outcome === 'different') {
  fail(
    1,
    `${target} already exists with different content and was not overwritten: compare the two; to keep both, ` +
      `save this copy by hand as ${plan.date}-<note>.html beside it (validate warns if their counts disagree)`,
  );
}
console.log(`fetch-listing: saved ${target}`);

const review = reviewListingFiles({ archive: await readListingFiles(values.listings), named: [await readListingFile(target, values.listings)] });
for (const line of renderReviewText(review)) console.log(line);
if (review.errorCount) console.error(`fetch-listing: ${target} is saved but has errors: fix or delete it before committing`);
process.exit(review.errorCount ? 1 : 0);

function fail(code: number, message: string): never {
  console.error(`fetch-listing: ${message}`);
  process.exit(code);
}
