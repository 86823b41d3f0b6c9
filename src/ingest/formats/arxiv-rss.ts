// Parses rss.arxiv.org feeds, RSS 2.0 (/rss/<cat>) and the Atom variant (/atom/<cat>), into raw entries.
// Feeds print no counts, so `counts` stays empty; the item count is simply the number of entries.
import type { Element } from 'domhandler';
import type { AnnouncementType, Diagnostic, ParsedListing, RawEntry } from '../listing.ts';
import { parsePrintedDate } from '../printed-date.ts';
import { assignPresent, collapseWhitespace, splitAuthorNames, unwrapText } from './printed-text.ts';
import { readXmlFeed, type XmlFeed } from './xml-feed.ts';

/** "cs.AI updates on arXiv.org"; a combined feed joins its categories: "cs.LG, stat.ML updates on arXiv.org". */
const FEED_TITLE = /^(.+?)\s+updates on arXiv\.org$/;
/** "oai:arXiv.org:2604.21935v1", the RSS <guid> and the Atom <id>. */
const OAI_ID = /^oai:arXiv\.org:(\S+)$/;
/** The day of an Atom timestamp, "2024-08-23" in "2024-08-23T00:00:00-04:00". */
const ISO_DAY_PREFIX = /^\s*\d{4}-\d{2}-\d{2}/;
/** "arXiv:2604.21935v1 Announce Type: new \nAbstract: …" opens every description; it is not abstract text. */
const DESCRIPTION_PREFIX = /^\s*arXiv:(\S+)\s+Announce Type:[ \t]*([\w-]*)\s*(?:Abstract:[ \t]*)?/;

const ANNOUNCE_TYPES: Record<string, AnnouncementType> = {
  'new': 'new',
  'cross': 'cross',
  'replace': 'replacement',
  // A replaced cross-list: arXiv announces it with the replacements.
  'replace-cross': 'replacement',
};

/** What the two variants print under different element names. */
interface VariantFields {
  oaiId: string | undefined;
  description: string | undefined;
  categories: string[];
  printedDate: string | undefined;
  link: string | undefined;
}

/** Parses an rss.arxiv.org feed (RSS 2.0 or Atom); never throws. */
export function parseArxivRss(text: string): ParsedListing {
  const listing: ParsedListing = { format: 'arxiv-rss', kind: 'feed', entries: [], counts: [], diagnostics: [] };
  const feed = readXmlFeed(text);
  const root = feed.root;
  let items: Element[];
  let readVariant: (feed: XmlFeed, item: Element) => VariantFields;
  if (root?.name === 'rss') {
    const channel = feed.childrenNamed(root, 'channel')[0];
    if (!channel) {
      listing.diagnostics.push({
        severity: 'error',
        line: feed.lineOf(root),
        message: 'This <rss> element has no <channel>: an rss.arxiv.org feed keeps its items in <rss><channel>.',
      });
      return listing;
    }
    readFeedCategory(feed, channel, listing);
    // The channel's <pubDate> is the announcement day, printed as midnight US Eastern time.
    const pubDate = feed.childText(channel, 'pubDate');
    const date = pubDate ? parsePrintedDate(pubDate) : undefined;
    if (date) listing.date = date;
    items = feed.childrenNamed(channel, 'item');
    readVariant = readRssItem;
  } else if (root?.name === 'feed') {
    // The Atom variant's feed-level <updated> is when the file was generated, not an announcement day.
    readFeedCategory(feed, root, listing);
    items = feed.childrenNamed(root, 'entry');
    readVariant = readAtomEntry;
  } else {
    listing.diagnostics.push({
      severity: 'error',
      line: root ? feed.lineOf(root) : 1,
      message: `No <rss> or <feed> element${root ? ` (found <${root.name}>)` : ''}: this is not an rss.arxiv.org feed. Save the feed's XML as served (View Source), not a rendered page.`,
    });
    return listing;
  }

  for (const item of items) {
    listing.entries.push(readEntry(feed, item, readVariant(feed, item), listing.diagnostics));
  }
  if (items.every((item) => feed.isClosed(item)) && !feed.isClosed(root)) {
    listing.diagnostics.push({
      severity: 'error',
      line: feed.lineOf(root),
      message: `The <${root.name}> element starting here is never closed: the feed looks truncated. Download it again in full.`,
    });
  }
  if (items.length === 0) {
    listing.diagnostics.push({
      severity: 'warning',
      line: feed.lineOf(root),
      message: 'The feed has no items. arXiv publishes empty feeds on weekends and holidays; check the file is the day you meant.',
    });
  }
  return listing;
}

function readFeedCategory(feed: XmlFeed, parent: Element, listing: ParsedListing): void {
  const title = feed.childText(parent, 'title');
  const named = title ? FEED_TITLE.exec(collapseWhitespace(title)) : null;
  if (!named) {
    listing.diagnostics.push({
      severity: 'warning',
      line: feed.lineOf(parent),
      message: `${title ? `The feed title "${title}" does not read "<category> updates on arXiv.org"` : 'The feed has no <title>'}, so the listing has no category.`,
    });
  } else if (named[1]!.includes(',')) {
    listing.diagnostics.push({
      severity: 'warning',
      line: feed.lineOf(parent),
      message: `This feed combines several categories (${named[1]}), so the listing has no single category. Save one feed per category.`,
    });
  } else {
    listing.category = named[1]!;
  }
}

function readRssItem(feed: XmlFeed, item: Element): VariantFields {
  return {
    oaiId: feed.childText(item, 'guid'),
    description: feed.childText(item, 'description'),
    categories: feed.childrenNamed(item, 'category').map((category) => feed.textOf(category).trim()),
    printedDate: feed.childText(item, 'pubDate'),
    link: feed.childText(item, 'link'),
  };
}

function readAtomEntry(feed: XmlFeed, entry: Element): VariantFields {
  return {
    oaiId: feed.childText(entry, 'id'),
    description: feed.childText(entry, 'summary'),
    categories: feed.childrenNamed(entry, 'category').map((category) => category.attribs['term']?.trim() ?? ''),
    // parsePrintedDate finds no day in a full timestamp ("…-23T00:…" has no word boundary after the day).
    printedDate: ISO_DAY_PREFIX.exec(feed.childText(entry, 'published') ?? '')?.[0],
    link: feed.childAttribute(entry, 'link', 'href'),
  };
}

function readEntry(feed: XmlFeed, item: Element, fields: VariantFields, diagnostics: Diagnostic[]): RawEntry {
  const entry: RawEntry = { line: feed.lineOf(item) };
  const prefix = fields.description ? DESCRIPTION_PREFIX.exec(fields.description) : null;
  const description = prefix ? fields.description!.slice(prefix[0].length) : fields.description;
  const printedType = feed.childText(item, 'arxiv:announce_type') ?? (prefix?.[2] || undefined);
  const type = printedType ? ANNOUNCE_TYPES[printedType.toLowerCase()] : undefined;
  const creators = feed.childText(item, 'dc:creator');
  const categories = fields.categories.filter((category) => category !== '');
  const title = feed.childText(item, 'title');
  const abstract = description ? unwrapText(description) : '';
  const journalRef = feed.childText(item, 'arxiv:journal_reference');
  assignPresent(entry, {
    id: (fields.oaiId ? OAI_ID.exec(fields.oaiId)?.[1] : undefined) ?? prefix?.[1],
    title: title ? collapseWhitespace(title) : undefined,
    authors: creators ? splitAuthorNames(creators) : undefined,
    abstract: abstract || undefined,
    journalRef: journalRef ? collapseWhitespace(journalRef) : undefined,
    doi: feed.childText(item, 'arxiv:DOI'),
    // The feed takes the order of arXiv's category list (arxiv-feed: abs_categories.split(" ")),
    // which always starts with the primary: a cross-list in cs.LG reads "math.OC, cs.LG".
    categories: categories.length > 0 ? categories : undefined,
    primaryKnown: categories.length > 0 ? true : undefined,
    links: fields.link ? { abs: fields.link } : undefined,
    type,
    // The day as printed: "Mon, 27 Apr 2026 00:00:00 -0400" is 27 April, whatever the offset.
    date: fields.printedDate ? parsePrintedDate(fields.printedDate) : undefined,
  });

  const name = `<${item.name}>`;
  if (!feed.isClosed(item)) {
    diagnostics.push({
      severity: 'error',
      line: entry.line,
      message: `The ${name} starting here is never closed: the feed looks truncated. Download it again in full.`,
    });
  }
  if (entry.id === undefined) {
    diagnostics.push({
      severity: 'error',
      line: entry.line,
      message: `This ${name} has no arXiv id: neither an "oai:arXiv.org:ID" ${item.name === 'item' ? '<guid>' : '<id>'} nor a description starting "arXiv:ID Announce Type:".`,
    });
  }
  if (printedType === undefined) {
    diagnostics.push({
      severity: 'warning',
      line: entry.line,
      message: `This ${name} has no <arxiv:announce_type>, so its section (new, cross-list, replacement) is unknown.`,
    });
  } else if (type === undefined) {
    diagnostics.push({
      severity: 'warning',
      line: entry.line,
      message: `Unknown announce type "${printedType}" (expected new, cross, replace or replace-cross); the entry has no section.`,
    });
  }
  return entry;
}
