// The collections the site reads: papers (the generated Markdown, one file per paper) and the
// listing records ingest writes beside them. Both use the schemas ingest writes with.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { paperSchema } from './archive/paper.ts';
import { listingRecordSchema } from './archive/listing-record.ts';
import { getGeneratedDir } from './ingest/paths.ts';
import { LISTINGS_FILE, PAPERS_DIR } from './markdown/write-collection.ts';

const generatedDir = getGeneratedDir();

const papers = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: path.join(generatedDir, PAPERS_DIR),
    // The default slugger drops the dots from 2509.16407; the front matter id is the truth.
    generateId: ({ data }) => String(data.id),
  }),
  schema: paperSchema,
});

const listings = defineCollection({
  loader: file(path.join(generatedDir, LISTINGS_FILE), {
    parser: (text) => (JSON.parse(text) as { source: string }[]).map((record) => ({ id: record.source, ...record })),
  }),
  schema: listingRecordSchema,
});

export const collections = { papers, listings };
