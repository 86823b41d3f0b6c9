// npm run bench:ingest -- [--entries N] [--per-page N]: ingest throughput (MB/s of listing HTML)
// on a generated corpus of arXiv /new pages, parse to merged papers, one core.
import { parseArgs } from 'node:util';
import { generateNewPage } from './lib/synthetic-listings.ts';
import { ingestListingFiles, type ListingFile } from '../src/ingest/ingest-listings.ts';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '100000' }, 'per-page': { type: 'string', default: '500' } },
});
const totalEntries = Number(values.entries);
const perPage = Number(values['per-page']);

const encoder = new TextEncoder();
const files: ListingFile[] = [];
let bytes = 0;
const start = Date.UTC(2025, 0, 6);
for (let page = 0; page * perPage < totalEntries; page++) {
  const count = Math.min(perPage, totalEntries - page * perPage);
  const date = new Date(start + page * 86_400_000).toISOString().slice(0, 10);
  const html = encoder.encode(generateNewPage(date, count, page * perPage, page + 1));
  bytes += html.length;
  files.push({ source: `bench/cs.DC/${date}.html`, listingPath: `cs.DC/${date}.html`, bytes: html });
}

const before = process.memoryUsage().rss;
const t0 = performance.now();
const result = ingestListingFiles(files);
const seconds = (performance.now() - t0) / 1000;
const mb = bytes / 1e6;
console.log(`corpus: ${files.length} pages, ${totalEntries} entries, ${mb.toFixed(1)} MB of HTML`);
console.log(`ingest: ${result.papers.length} papers, ${result.errorCount} errors, ${result.warningCount} warnings`);
console.log(`time: ${seconds.toFixed(2)} s, throughput ${(mb / seconds).toFixed(1)} MB/s, ${Math.round(totalEntries / seconds)} entries/s`);
console.log(`memory: rss +${Math.round((process.memoryUsage().rss - before) / 1e6)} MB (peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
if (result.errorCount) process.exitCode = 1;
