// The repository's naming convention for listing files: content/listings/<category>/<YYYY-MM-DD>[-note].<ext>.
import { parsePrintedDate } from '../ingest/printed-date.ts';

/** `<category>/<YYYY-MM-DD>` then an optional `-note` (e.g. `-text`, `-rss`) and any extension. */
const CONVENTIONAL_PATH = /(?:^|\/)([A-Za-z][A-Za-z.-]*)\/(\d{4}-\d{2}-\d{2})(?:-[^/]*)?\.[^/.]+$/;

export interface ListingPathHint {
  category?: string;
  date?: string;
}

/** Reads category and day from a listing's path relative to the listings folder; {} when it does not follow the convention. */
export function readListingPath(relativePath: string): ListingPathHint {
  const match = CONVENTIONAL_PATH.exec(relativePath.replaceAll('\\', '/'));
  if (!match) return {};
  const date = parsePrintedDate(match[2]!);
  return date ? { category: match[1], date } : {};
}
