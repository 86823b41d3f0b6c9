// Every URL the site links to, built in one place: internal ones under the configured base
// (import.meta.env.BASE_URL, trailing slash always), and the outside ones a paper page points at
// (arXiv, doi.org, the repository holding a listing file).
import { idToSlug } from '../archive/arxiv-id.ts';
import type { PaperData } from '../archive/paper.ts';

const TRAILING_SLASHES = /\/*$/;
const LEADING_SLASHES = /^\/+/;
const HTTP_URL = /^https?:\/\//i;
/** Only arXiv's own https links from a listing are followed: listing text is untrusted. */
const ARXIV_HTTPS_URL = /^https:\/\/(?:www\.|export\.)?arxiv\.org\//;
const ENCODED_SLASH = /%2F/gi;

/** The site's base path, always ending in `/`. */
export function getBasePath(base: string = import.meta.env.BASE_URL): string {
  return base.replace(TRAILING_SLASHES, '/');
}

/** A path inside the site (`days/2026-03-02/`) as an absolute path under the base. */
export function withBase(path: string, base?: string): string {
  return `${getBasePath(base)}${path.replace(LEADING_SLASHES, '')}`;
}

export function getHomeUrl(): string {
  return withBase('');
}

export function getPaperUrl(id: string): string {
  return withBase(`papers/${encodeURIComponent(idToSlug(id))}/`);
}

export function getDaysUrl(): string {
  return withBase('days/');
}

export function getDayUrl(date: string): string {
  return withBase(`days/${date}/`);
}

export function getTopicsUrl(): string {
  return withBase('topics/');
}

/** A topic's page; page 1 is the topic's own URL, later pages `…/2/`, `…/3/`. */
export function getTopicUrl(code: string, page = 1): string {
  const topic = `topics/${encodeURIComponent(code)}/`;
  return withBase(page > 1 ? `${topic}${page}/` : topic);
}

export function getTopicFeedUrl(code: string): string {
  return withBase(`topics/${encodeURIComponent(code)}/feed.xml`);
}

export function getAuthorUrl(slug: string): string {
  return withBase(`authors/${encodeURIComponent(slug)}/`);
}

export function getFeedUrl(): string {
  return withBase('feed.xml');
}

/** The sitemap index @astrojs/sitemap writes at the base. */
export function getSitemapUrl(): string {
  return withBase('sitemap-index.xml');
}

/** An absolute URL on the published origin, for feeds, canonical links and robots.txt. */
export function toAbsoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

export interface ArxivLinks {
  abs: string;
  pdf: string;
  html?: string;
}

/**
 * The arXiv pages of an identified paper: those its listing printed, else (for abs and pdf)
 * the ones its id determines. Undefined for unidentified entries, which have none.
 */
export function getArxivLinks(paper: Pick<PaperData, 'id' | 'links' | 'unidentified'>): ArxivLinks | undefined {
  if (paper.unidentified) return undefined;
  const printed = (href: string | undefined): string | undefined => (href && ARXIV_HTTPS_URL.test(href) ? href : undefined);
  const html = printed(paper.links?.html);
  return {
    abs: printed(paper.links?.abs) ?? `https://arxiv.org/abs/${paper.id}`,
    pdf: printed(paper.links?.pdf) ?? `https://arxiv.org/pdf/${paper.id}`,
    ...(html ? { html } : {}),
  };
}

/** The doi.org resolver URL for a DOI, its characters escaped except the slashes DOIs are made of. */
export function getDoiUrl(doi: string): string {
  return `https://doi.org/${encodeURIComponent(doi).replace(ENCODED_SLASH, '/')}`;
}

/**
 * Where a listing file can be read online: FOLIO_REPO_URL (e.g. https://github.com/org/folio/blob/main/)
 * followed by its repository path; undefined when FOLIO_REPO_URL is unset or not an http(s) URL.
 */
export function getSourceFileUrl(source: string, repoUrl: string | undefined = process.env.FOLIO_REPO_URL): string | undefined {
  if (!repoUrl || !HTTP_URL.test(repoUrl)) return undefined;
  const path = source.split('/').map(encodeURIComponent).join('/');
  return `${repoUrl.replace(TRAILING_SLASHES, '/')}${path}`;
}
