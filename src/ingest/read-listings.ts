// Reads listing files from disk (the I/O edge of ingest): every regular file below a folder, in path order.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ListingFile } from './ingest-listings.ts';

/** Files that are never listings: notes for curators and editor/OS litter. */
const NOT_A_LISTING = /^(?:README(?:\.md)?|\.gitkeep|\.DS_Store|Thumbs\.db)$|~$/i;

/** Reads every listing file below `listingsDir`; `source` is relative to `rootDir` (the repository). */
export async function readListingFiles(listingsDir: string, rootDir = process.cwd()): Promise<ListingFile[]> {
  const entries = await readdir(listingsDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !NOT_A_LISTING.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(files.map((file) => readListingFile(file, listingsDir, rootDir)));
}

/** Reads named files (for validate); the listing path is taken relative to `listingsDir` when inside it. */
export async function readListingFile(file: string, listingsDir: string, rootDir = process.cwd()): Promise<ListingFile> {
  const bytes = await readFile(file);
  return {
    source: toPosix(path.relative(rootDir, path.resolve(file))),
    listingPath: toPosix(path.relative(path.resolve(listingsDir), path.resolve(file))),
    bytes,
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
