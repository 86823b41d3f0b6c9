// npm run validate -- [FILES…] [--format text|github] [--keep-going] [--listings DIR]: every ingest
// check, nothing written, shaped for review. With FILES (a pull request's changed listings) each is
// reviewed against the archive without them; with none, every listing is. Every problem in every
// file is reported in one run: validate never stops at the first bad file, and --keep-going says so
// explicitly for scripts. Exit 1 on errors, 0 otherwise (warnings allowed), 2 on a usage mistake.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readListingFile, readListingFiles } from '../src/ingest/read-listings.ts';
import { renderReviewGithub, renderReviewText, reviewListingFiles } from '../src/ingest/review.ts';
import type { FileDiagnostic } from '../src/archive/diagnostics.ts';
import { DEFAULT_LISTINGS_DIR } from '../src/ingest/paths.ts';

const RENDERERS = { text: renderReviewText, github: renderReviewGithub };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    listings: { type: 'string', default: DEFAULT_LISTINGS_DIR },
    format: { type: 'string', default: 'text' },
    'keep-going': { type: 'boolean', default: false },
  },
});
if (!Object.hasOwn(RENDERERS, values.format)) {
  console.error(`validate: --format must be text or github, not "${values.format}"`);
  process.exit(2);
}

const archive = await readListingFiles(values.listings);
const reads = await Promise.allSettled(positionals.map((file) => readListingFile(file, values.listings)));
const named = reads.flatMap((read) => (read.status === 'fulfilled' ? [read.value] : []));
const unreadable = reads.flatMap((read, i): FileDiagnostic[] =>
  read.status === 'rejected' ? [describeUnreadable(positionals[i]!, read.reason as NodeJS.ErrnoException)] : [],
);
const review = reviewListingFiles({ archive, ...(positionals.length ? { named } : {}), unreadable });
for (const line of RENDERERS[values.format as keyof typeof RENDERERS](review)) console.log(line);
process.exit(review.errorCount ? 1 : 0);

function describeUnreadable(file: string, error: NodeJS.ErrnoException): FileDiagnostic {
  return {
    file: path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'),
    line: 1,
    severity: 'error',
    message: `cannot read the file (${error.code ?? error.message}): name an existing listing file`,
  };
}
