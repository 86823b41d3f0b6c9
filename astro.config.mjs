// Astro configuration: static output, `site` and `base` from the environment so the archive
// can be published under a sub-path (GitHub Pages): FOLIO_SITE and FOLIO_BASE.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.FOLIO_SITE ?? 'https://folio.example.org',
  base: process.env.FOLIO_BASE ?? '/',
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.FOLIO_OUT_DIR ?? './dist',
});
