// End to end: `node scripts/validate.ts` over the repository's broken listings (one defect each)
// and a good one, asserting the exact lines a curator or a pull request sees and the exit code.
import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../src/__fixtures__/fixtures.ts';

const BROKEN = 'src/__fixtures__/listings/broken';
const REVIEW = 'src/__fixtures__/listings/review';
const DIAGNOSTIC_LINE = /^\S+:\d+: (?:error|warning): /;

async function validate(...args: string[]): Promise<{ code: number; stdout: string[]; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/validate.ts', ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout: stdout.split('\n'), stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout.split('\n'), stderr: failed.stderr };
  }
}

const BROKEN_LISTINGS: [defect: string, file: string, lines: string[]][] = [
  [
    'a copy of the 2 March /new page saved under the wrong day',
    `${BROKEN}/cs.DC/2026-03-03.txt`,
    [`${BROKEN}/cs.DC/2026-03-03.txt:1: error: the path says 2026-03-03 but the content is dated 2026-03-02: rename the file to 2026-03-02`],
  ],
  [
    'a /new page whose Cross submissions heading was cut',
    `${BROKEN}/cs.DC/2026-03-04.html`,
    [
      `${BROKEN}/cs.DC/2026-03-04.html:100: error: New submissions: the page prints 3 entries but 5 were found: the saved /new page is incomplete; save the whole page again`,
    ],
  ],
  [
    'a /new page truncated in the middle of an entry',
    `${BROKEN}/cs.DC/2026-03-05.html`,
    [
      `${BROKEN}/cs.DC/2026-03-05.html:86: error: Total: the page prints 7 entries but 5 were found: the saved /new page is incomplete; save the whole page again`,
      `${BROKEN}/cs.DC/2026-03-05.html:227: error: entry arXiv:2602.23464 has a <dt> but no <dd> after it, so its title, authors and subjects are missing: the page looks truncated; save the complete page again`,
    ],
  ],
  [
    'a JSON export, which is no listing format',
    `${BROKEN}/cs.DC/2026-03-06.json`,
    [
      `${BROKEN}/cs.DC/2026-03-06.json:1: error: unknown format: not an arXiv listing page (HTML or text copy), RSS/Atom feed, API response or mailing; see CONTRIBUTING.md for what to save`,
    ],
  ],
  ['an empty file', `${BROKEN}/cs.DC/2026-03-09.txt`, [`${BROKEN}/cs.DC/2026-03-09.txt:1: error: the file is empty: save the listing page again`]],
];

describe('validate over broken listings', () => {
  test.each(BROKEN_LISTINGS)('reports %s at its line and exits 1', async (_defect, file, lines) => {
    const { code, stdout } = await validate('--listings', BROKEN, file);
    expect(stdout.filter((line) => DIAGNOSTIC_LINE.test(line))).toEqual(lines);
    expect(stdout).toContain(`  problems: ${lines.length} error${lines.length === 1 ? '' : 's'}, 0 warnings`);
    expect(code).toBe(1);
  });

  test('with --keep-going reports every problem of every broken file in one run', async () => {
    const { code, stdout } = await validate('--listings', BROKEN, '--keep-going', ...BROKEN_LISTINGS.map(([, file]) => file));
    expect(stdout.filter((line) => DIAGNOSTIC_LINE.test(line))).toEqual(BROKEN_LISTINGS.flatMap(([, , lines]) => lines));
    expect(stdout.filter((line) => line.startsWith(BROKEN) && !DIAGNOSTIC_LINE.test(line))).toEqual(BROKEN_LISTINGS.map(([, file]) => file));
    expect(stdout.at(-2)).toBe(
      'validate: 5 listing files reviewed (archive: 7 papers), 6 errors, 0 warnings: fix the errors above (CONTRIBUTING.md explains each message)',
    );
    expect(code).toBe(1);
  });

  test('with --format github annotates each problem on its file and line', async () => {
    const { code, stdout } = await validate('--listings', BROKEN, '--format', 'github', `${BROKEN}/cs.DC/2026-03-05.html`, `${BROKEN}/cs.DC/2026-03-09.txt`);
    expect(stdout.filter((line) => line.startsWith('::error') || line.startsWith('::warning'))).toEqual([
      `::error file=${BROKEN}/cs.DC/2026-03-05.html,line=86,title=Folio listing check::Total: the page prints 7 entries but 5 were found: the saved /new page is incomplete; save the whole page again`,
      `::error file=${BROKEN}/cs.DC/2026-03-05.html,line=227,title=Folio listing check::entry arXiv:2602.23464 has a <dt> but no <dd> after it, so its title, authors and subjects are missing: the page looks truncated; save the complete page again`,
      `::error file=${BROKEN}/cs.DC/2026-03-09.txt,line=1,title=Folio listing check::the file is empty: save the listing page again`,
    ]);
    expect(stdout.filter((line) => line.startsWith('::group::'))).toEqual([`::group::${BROKEN}/cs.DC/2026-03-05.html`, `::group::${BROKEN}/cs.DC/2026-03-09.txt`]);
    expect(code).toBe(1);
  });

  test('reports a named file that does not exist and still reviews the others', async () => {
    const { code, stdout } = await validate('--listings', BROKEN, `${BROKEN}/cs.DC/2026-03-10.txt`, `${BROKEN}/cs.DC/2026-03-03.txt`);
    expect(stdout.filter((line) => DIAGNOSTIC_LINE.test(line))).toEqual([
      BROKEN_LISTINGS[0]![2][0],
      `${BROKEN}/cs.DC/2026-03-10.txt:1: error: cannot read the file (ENOENT): name an existing listing file`,
    ]);
    expect(code).toBe(1);
  });
});

describe('validate over a good listing', () => {
  test('prints its format, day, category, counts per section and what it adds to the archive, and exits 0', async () => {
    const { code, stdout, stderr } = await validate('--listings', REVIEW, `${REVIEW}/cs.DC/2026-03-02.html`);
    expect(stdout).toEqual([
      `${REVIEW}/cs.DC/2026-03-02.html`,
      '  format: arxiv-html (a /new page)',
      '  category: cs.DC',
      '  date: 2026-03-02',
      '  Total: 7 parsed / 7 printed',
      '  New submissions: 3 parsed / 3 printed',
      '  Cross submissions: 2 parsed / 2 printed',
      '  Replacement submissions: 2 parsed / 2 printed',
      '  papers: 6 new to the archive, 1 updated, 0 unchanged',
      '  problems: none',
      '',
      'validate: ok, 1 listing file reviewed (archive: 10 papers), 0 errors, 0 warnings',
      '',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test('reviews every listing when no file is named', async () => {
    const { code, stdout } = await validate('--listings', REVIEW);
    expect(stdout.filter((line) => line.startsWith(REVIEW))).toEqual([`${REVIEW}/cs.DC/2026-02-27.txt`, `${REVIEW}/cs.DC/2026-03-02.html`]);
    expect(stdout.at(-2)).toBe('validate: ok, 2 listing files reviewed (archive: 10 papers), 0 errors, 0 warnings');
    expect(code).toBe(0);
  });

  test('refuses an unknown --format with exit code 2', async () => {
    const { code, stderr } = await validate('--format', 'xml');
    expect(stderr).toBe('validate: --format must be text or github, not "xml"\n');
    expect(code).toBe(2);
  });
});
