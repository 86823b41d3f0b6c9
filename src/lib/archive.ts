// The archive as the pages see it: both collections loaded once per build and indexed in one
// pass (src/lib/archive-index.ts). Every getStaticPaths awaits the same promise, so no page
// does work proportional to the whole collection; pages get only their own slice as props.
import { getCollection } from 'astro:content';
import { buildArchiveIndex } from './archive-index.ts';
import type { ArchiveIndex } from './archive-index.ts';

let archive: Promise<ArchiveIndex> | undefined;

/** The indexed archive, loaded on first use and shared by every page of the build. */
export function getArchive(): Promise<ArchiveIndex> {
  archive ??= loadArchive();
  return archive;
}

async function loadArchive(): Promise<ArchiveIndex> {
  const [papers, listings] = await Promise.all([getCollection('papers'), getCollection('listings')]);
  return buildArchiveIndex(
    papers,
    listings.map((entry) => entry.data),
  );
}
