import { describe, expect, test } from 'vitest';
import { endGithubGroup, escapeCommandData, escapeCommandProperty, formatGithubAnnotation, startGithubGroup } from './github-annotations.ts';

describe('escapeCommandData', () => {
  test('escapes %, CR and LF, percent first so escapes are not escaped twice', () => {
    expect(escapeCommandData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeCommandData('%0A is not a newline')).toBe('%250A is not a newline');
  });
});

describe('escapeCommandProperty', () => {
  test('also escapes the colon and comma that separate properties', () => {
    expect(escapeCommandProperty('content/listings/cs.DC/a,b:c%.txt')).toBe('content/listings/cs.DC/a%2Cb%3Ac%25.txt');
    expect(escapeCommandProperty('line\none')).toBe('line%0Aone');
  });
});

describe('formatGithubAnnotation', () => {
  test('writes an error with its file, line and title, the message escaped as data', () => {
    expect(
      formatGithubAnnotation({
        file: 'content/listings/cs.DC/2026-03-03.txt',
        line: 1,
        severity: 'error',
        message: 'the path says 2026-03-03 but the content is dated 2026-03-02: rename the file to 2026-03-02',
      }),
    ).toBe(
      '::error file=content/listings/cs.DC/2026-03-03.txt,line=1,title=Folio listing check::the path says 2026-03-03 but the content is dated 2026-03-02: rename the file to 2026-03-02',
    );
  });

  test('writes a warning, escaping a file name that holds a comma or colon and a message with a newline', () => {
    expect(formatGithubAnnotation({ file: 'content/listings/cs.DC/2026-03-02-a,b:c.txt', line: 12, severity: 'warning', message: '50% shown\nsee below' })).toBe(
      '::warning file=content/listings/cs.DC/2026-03-02-a%2Cb%3Ac.txt,line=12,title=Folio listing check::50%25 shown%0Asee below',
    );
  });
});

describe('startGithubGroup', () => {
  test('opens a log group titled with escaped text and closes it', () => {
    expect(startGithubGroup('content/listings/cs.DC/2026-03-02.html')).toBe('::group::content/listings/cs.DC/2026-03-02.html');
    expect(startGithubGroup('a\nb')).toBe('::group::a%0Ab');
    expect(endGithubGroup()).toBe('::endgroup::');
  });
});
