// Content sniffing: decides which parser reads a listing file from what it holds, never from its name.
import type { ListingFormat, ListingParser } from './listing.ts';
import { parseArxivHtml } from './formats/arxiv-html.ts';
import { parseListingText } from './formats/listing-text.ts';
import { parseRunTogetherListingText } from './formats/listing-text-run-together.ts';
import { parseCategoryAbstracts } from './formats/category-abstracts.ts';
import { parseArxivRss } from './formats/arxiv-rss.ts';
import { parseArxivApiAtom } from './formats/arxiv-api-atom.ts';
import { parseArxivMailing } from './formats/arxiv-mailing.ts';

export const PARSERS: Record<ListingFormat, ListingParser> = {
  'arxiv-html': parseArxivHtml,
  'listing-text': parseListingText,
  'listing-text-run-together': parseRunTogetherListingText,
  'category-abstracts': parseCategoryAbstracts,
  'arxiv-rss': parseArxivRss,
  'arxiv-api-atom': parseArxivApiAtom,
  'arxiv-mailing': parseArxivMailing,
};

/** How far into a file sniffing looks: enough for any header, cheap for a 5 MB file. */
const SNIFF_WINDOW = 64 * 1024;

const STARTS_WITH_MARKUP = /^\s*</;
const RSS_ROOT = /<rss[\s>]/i;
const ATOM_ROOT = /<feed[\s>]/i;
/** arXiv API responses carry OpenSearch counts and ids under /api/; rss.arxiv.org feeds do not. */
const API_ATOM_MARKERS = /opensearch:totalResults|arxiv\.org\/api\/|export\.arxiv\.org\/api/i;
const HTML_MARKERS = /<(?:!doctype html|html|body|dl|dt|div)[\s>]/i;
/** The mailing digest: a "Subject: <archive> daily N new" header, or records opened by "\\" then "arXiv:". */
const MAILING_SUBJECT = /^Subject: \S+ daily \d+ new/m;
const MAILING_RECORD = /^\\\\\r?\n^arXiv:\S+\r?\n^(?:Date|replaced with revised version)/m;
/** "[1] arXiv:2602.23598 [pdf, html, other]" at the start of a line: a copied listing page. */
const TEXT_ENTRY_HEADER = /^(?:- )?\[\d+\]\s+arXiv:\S+/m;
/** "Title: …Subjects:" on one line: a copy whose fields ran together. */
const RUN_TOGETHER_FIELDS = /^Title: .*\S(?:Subjects|Comments|Journal-ref): /m;
/** A line of prose as long as an abstract: what a category page copy is made of. */
const ABSTRACT_LINE = /^[^\n]{200,}$/m;

/** Returns the format of a listing's text, or undefined when it is none Folio reads. */
export function detectListingFormat(text: string): ListingFormat | undefined {
  const head = text.slice(0, SNIFF_WINDOW);
  if (STARTS_WITH_MARKUP.test(head)) {
    if (RSS_ROOT.test(head)) return 'arxiv-rss';
    if (ATOM_ROOT.test(head)) return API_ATOM_MARKERS.test(head) ? 'arxiv-api-atom' : 'arxiv-rss';
    if (HTML_MARKERS.test(head)) return 'arxiv-html';
    return undefined;
  }
  if (MAILING_SUBJECT.test(head) || MAILING_RECORD.test(head)) return 'arxiv-mailing';
  if (TEXT_ENTRY_HEADER.test(text)) return RUN_TOGETHER_FIELDS.test(text) ? 'listing-text-run-together' : 'listing-text';
  if (ABSTRACT_LINE.test(head)) return 'category-abstracts';
  return undefined;
}
