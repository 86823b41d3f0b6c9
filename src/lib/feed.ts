// The RSS items for the whole-archive feed and the topic feeds: the newest papers by announcement
// day, title and abstract as plain text (TeX left as written: feed readers show no MathML).
import rss from '@astrojs/rss';
import type { RSSFeedItem } from '@astrojs/rss';
import type { PaperView } from './archive-index.ts';
import { getAbstractParagraphs, getPaperHeading } from './paper-display.ts';
import { toPlainParagraphs } from './plain-text.ts';
import { escapeHtml } from './render-text.ts';
import { getPaperUrl, toAbsoluteUrl, withBase } from './urls.ts';

/** Feeds carry the newest papers only: enough for a reader to catch up, small enough to poll. */
export const FEED_SIZE = 50;

/** One feed item: the paper page's absolute URL, plain title and abstract, its categories. */
export function toFeedItem(paper: PaperView, site: URL | string): RSSFeedItem {
  const link = toAbsoluteUrl(getPaperUrl(paper.data.id), site);
  const abstract = toPlainParagraphs(getAbstractParagraphs(paper.body));
  return {
    title: getPaperHeading(paper).plain,
    link,
    ...(paper.latestDate ? { pubDate: new Date(`${paper.latestDate}T00:00:00Z`) } : {}),
    // Readers render a description as HTML once the XML is decoded: escape it so abstract text
    // such as "<img onerror=…>" is shown, never run.
    ...(abstract ? { description: escapeHtml(abstract) } : {}),
    categories: paper.categories,
  };
}

/** The RSS response for the newest `FEED_SIZE` of `papers` (already newest first). */
export function renderFeed(options: { title: string; description: string; site: URL | undefined; papers: readonly PaperView[] }): Promise<Response> {
  if (!options.site) throw new Error('feeds need an absolute site URL: set FOLIO_SITE (astro.config.mjs `site`)');
  const site = toAbsoluteUrl(withBase(''), options.site);
  return rss({
    title: options.title,
    description: options.description,
    site,
    items: options.papers.slice(0, FEED_SIZE).map((paper) => toFeedItem(paper, site)),
    customData: '<language>en</language>',
  });
}
