// Astro configuration: static output, `site` and `base` from the environment so the archive
// can be published under a sub-path (GitHub Pages): FOLIO_SITE and FOLIO_BASE.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import buildStats from './src/integrations/build-stats.ts';
import archiveCheck from './src/integrations/archive-check.ts';
import pagefind from './src/integrations/pagefind.ts';

// Astro copies every environment variable into import.meta.env, so a BASE_URL exported by a
// parent process (vitest sets BASE_URL=/ for its workers' children) would replace the configured
// base in every link the site builds. The base comes from FOLIO_BASE only.
delete process.env.BASE_URL;

export default defineConfig({
  site: process.env.FOLIO_SITE ?? 'https://folio.example.org',
  base: process.env.FOLIO_BASE ?? '/',
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.FOLIO_OUT_DIR ?? './dist',
  // Separate caches for separate archives (the test build sets its own), so one never sees the other's entries.
  cacheDir: process.env.FOLIO_CACHE_DIR ?? './node_modules/.astro',
  build: {
    // One cached stylesheet for every page instead of a copy inlined into each.
    inlineStylesheets: 'never',
  },
  // build-stats last: its build:done hook then times the others' work too.
  integrations: [sitemap(), archiveCheck(), pagefind(), buildStats()],
});
