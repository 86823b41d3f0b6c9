// npm run ingest -- [--listings DIR] [--out DIR]: listing files -> generated Markdown collection.
// Exit 0 (warnings allowed) or 1 (errors: nothing is written, the previous output stays).
import { parseArgs } from 'node:util';
import { readListingFiles } from '../src/ingest/read-listings.ts';
import { ingestListingFiles } from '../src/ingest/ingest-listings.ts';
import { summarizeIngest } from '../src/ingest/summary.ts';
import { writeCollection } from '../src/markdown/write-collection.ts';
import { DEFAULT_LISTINGS_DIR, getGeneratedDir } from '../src/ingest/paths.ts';

const { values } = parseArgs({
  options: { listings: { type: 'string', default: DEFAULT_LISTINGS_DIR }, out: { type: 'string', default: getGeneratedDir() } },
});

const started = performance.now();
const files = await readListingFiles(values.listings);
const result = ingestListingFiles(files);
for (const line of summarizeIngest(result, 20)) console.log(line);
if (result.errorCount > 0) {
  console.error(`ingest: ${result.errorCount} errors; nothing written, ${values.out} left as it was`);
  process.exit(1);
}
await writeCollection(values.out, result.papers, result.listings);
console.log(`wrote ${result.papers.length} papers to ${values.out} in ${Math.round(performance.now() - started)} ms`);
