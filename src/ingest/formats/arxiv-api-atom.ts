// Parses export.arxiv.org/api/query Atom responses into raw entries. An API entry is a paper's
// current metadata, not an announcement, so entries carry no `type` and no `date`.
import type { Element } from 'domhandler';
import type { ParsedListing, RawEntry, RawLinks } from '../listing.ts';
import { assignPresent, collapseWhitespace, unwrapText } from './printed-text.ts';
import { readXmlFeed, type XmlFeed } from './xml-feed.ts';

/** "http://arxiv.org/abs/1706.03762v7", "http://arxiv.org/abs/hep-th/9901001v1". */
const ABS_URL_ID = /^https?:\/\/(?:export\.)?arxiv\.org\/abs\/(\S+)$/;
/** The id of the single entry the API returns instead of results: "http://arxiv.org/api/errors#…". */
const API_ERROR_ID = /^https?:\/\/(?:export\.)?arxiv\.org\/api\/errors\b/;
const COUNT = /^\d+$/;

/** Parses an arXiv API response; never throws. */
export function parseArxivApiAtom(text: string): ParsedListing {
  const listing: ParsedListing = { format: 'arxiv-api-atom', kind: 'api', entries: [], counts: [], diagnostics: [] };
  const feed = readXmlFeed(text);
  const root = feed.root;
  if (root?.name !== 'feed') {
    listing.diagnostics.push({
      severity: 'error',
      line: root ? feed.lineOf(root) : 1,
      message: `No Atom <feed> element${root ? ` (found <${root.name}>)` : ''}: this is not an arXiv API response. Save the body of the export.arxiv.org/api/query reply as it came.`,
    });
    return listing;
  }

  const entries = feed.childrenNamed(root, 'entry');
  for (const element of entries) {
    const line = feed.lineOf(element);
    if (!feed.isClosed(element)) {
      listing.diagnostics.push({
        severity: 'error',
        line,
        message: 'The <entry> starting here is never closed: the response looks truncated. Fetch it again in full.',
      });
    }
    const rawId = feed.childText(element, 'id');
    if (rawId && API_ERROR_ID.test(rawId)) {
      const reason = feed.childText(element, 'summary') ?? rawId;
      listing.diagnostics.push({
        severity: 'error',
        line,
        message: `The arXiv API answered with an error instead of results: "${collapseWhitespace(reason)}". Fix the query and fetch again.`,
      });
      continue;
    }
    const entry = readEntry(feed, element, rawId);
    if (entry.id === undefined) {
      listing.diagnostics.push({
        severity: 'error',
        line,
        message: `This <entry> has no arXiv id: expected <id>http://arxiv.org/abs/ID</id>${rawId ? `, found "${rawId}"` : ''}.`,
      });
    }
    listing.entries.push(entry);
  }

  // For information only: a search reports all its matches, while a response holds one page of them.
  const totalElement = feed.childrenNamed(root, 'opensearch:totalResults')[0];
  const total = totalElement ? feed.textOf(totalElement).trim() : '';
  if (totalElement && COUNT.test(total)) {
    listing.counts.push({ line: feed.lineOf(totalElement), label: 'totalResults', total: Number(total), parsed: listing.entries.length });
  }
  if (entries.every((entry) => feed.isClosed(entry)) && !feed.isClosed(root)) {
    listing.diagnostics.push({
      severity: 'error',
      line: feed.lineOf(root),
      message: 'The <feed> element starting here is never closed: the response looks truncated. Fetch it again in full.',
    });
  }
  return listing;
}

function readEntry(feed: XmlFeed, element: Element, rawId: string | undefined): RawEntry {
  const entry: RawEntry = { line: feed.lineOf(element) };
  const title = feed.childText(element, 'title');
  const summary = feed.childText(element, 'summary');
  const authors = feed
    .childrenNamed(element, 'author')
    .map((author) => collapseWhitespace(feed.childText(author, 'name') ?? ''))
    .filter((name) => name !== '');
  const primary = feed.childAttribute(element, 'arxiv:primary_category', 'term');
  const listed = feed
    .childrenNamed(element, 'category')
    .map((category) => category.attribs['term']?.trim() ?? '')
    .filter((term) => term !== '' && term !== primary);
  const categories = primary ? [primary, ...listed] : listed;
  const comment = feed.childText(element, 'arxiv:comment');
  const journalRef = feed.childText(element, 'arxiv:journal_ref');
  assignPresent(entry, {
    id: rawId ? ABS_URL_ID.exec(rawId)?.[1] : undefined,
    title: title ? collapseWhitespace(title) : undefined,
    authors: authors.length > 0 ? authors : undefined,
    abstract: summary ? unwrapText(summary) : undefined,
    comments: comment ? collapseWhitespace(comment) : undefined,
    journalRef: journalRef ? collapseWhitespace(journalRef) : undefined,
    doi: feed.childText(element, 'arxiv:doi'),
    categories: categories.length > 0 ? categories : undefined,
    primaryKnown: categories.length > 0 ? primary !== undefined : undefined,
    links: readLinks(feed, element),
  });
  return entry;
}

/** rel="alternate" is the abstract page; rel="related" title="pdf" the PDF (title="doi" is the publisher's). */
function readLinks(feed: XmlFeed, element: Element): RawLinks | undefined {
  const links: RawLinks = {};
  for (const link of feed.childrenNamed(element, 'link')) {
    const { href, rel, title } = link.attribs;
    if (!href) continue;
    if (rel === 'alternate') links.abs ??= href;
    else if (rel === 'related' && title === 'pdf') links.pdf ??= href;
  }
  return links.abs || links.pdf ? links : undefined;
}
