// robots.txt: everything may be crawled; the sitemap (under the base) lists every page.
import type { APIContext } from 'astro';
import { getSitemapUrl, toAbsoluteUrl } from '../lib/urls.ts';

export function GET({ site }: APIContext): Response {
  const sitemap = site ? `\nSitemap: ${toAbsoluteUrl(getSitemapUrl(), site)}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
