// The collections the site reads: papers (the generated Markdown, one file per paper) and the
// listing records ingest writes beside them. Both use the schemas ingest writes with.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import path from 'node:path';
import { paperSchema } from './archive/paper.ts';
import { listingRecordSchema } from './archive/listing-record.ts';
import { getGeneratedDir } from './ingest/paths.ts';
import { LISTINGS_FILE, PAPERS_DIR } from './markdown/write-collection.ts';
import { paperMarkdownLoader } from './markdown/paper-loader.ts';

const generatedDir = getGeneratedDir();

const papers = defineCollection({
  // Ids come from the front matter (2509.16407, hep-th/9901001), never from file names.
  loader: paperMarkdownLoader(path.join(generatedDir, PAPERS_DIR)),
  schema: paperSchema,
});

const listings = defineCollection({
  loader: file(path.join(generatedDir, LISTINGS_FILE), {
    parser: (text) => (JSON.parse(text) as { source: string }[]).map((record) => ({ id: record.source, ...record })),
  }),
  schema: listingRecordSchema,
});

export const collections = { papers, listings };
