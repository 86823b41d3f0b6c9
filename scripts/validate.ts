// npm run validate -- [FILES…]: every ingest check, nothing written. With FILES, the named
// listings are checked against the whole archive (merges and duplicates need it) and only
// their problems are reported. Exit 1 on errors.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readListingFile, readListingFiles } from '../src/ingest/read-listings.ts';
import { ingestListingFiles } from '../src/ingest/ingest-listings.ts';
import { summarizeIngest } from '../src/ingest/summary.ts';
import { DEFAULT_LISTINGS_DIR } from '../src/ingest/paths.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { listings: { type: 'string', default: DEFAULT_LISTINGS_DIR } },
});

const archive = await readListingFiles(values.listings);
const named = await Promise.all(positionals.map((file) => readListingFile(file, values.listings)));
const namedSources = new Set(named.map((f) => f.source));
const files = [...archive.filter((f) => !namedSources.has(f.source)), ...named];
const result = ingestListingFiles(files);
if (named.length) {
  result.diagnostics = result.diagnostics.filter((d) => namedSources.has(d.file));
  result.reports = result.reports.filter((r) => namedSources.has(r.source));
  result.errorCount = result.diagnostics.filter((d) => d.severity === 'error').length;
  result.warningCount = result.diagnostics.length - result.errorCount;
}
for (const line of summarizeIngest(result)) console.log(line);
console.log(result.errorCount ? `validate: ${result.errorCount} errors` : `validate: ok (${path.normalize(values.listings)})`);
process.exit(result.errorCount ? 1 : 0);
