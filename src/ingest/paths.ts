// Where listings are read from and the generated collection is written to, by default.
import path from 'node:path';

/** Listing files curators add by pull request. */
export const DEFAULT_LISTINGS_DIR = 'content/listings';
/** The generated collection (git-ignored, outside content/): FOLIO_GENERATED_DIR overrides it for test builds. */
export function getGeneratedDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.FOLIO_GENERATED_DIR ?? 'generated');
}
