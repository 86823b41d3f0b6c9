import { describe, expect, test } from 'vitest';
import { createLineIndex } from './line-index.ts';

describe('createLineIndex', () => {
  test('numbers lines from 1 for LF, CRLF and lone CR endings alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['first', 'second', '', 'fourth'].join(eol);
      const lineOf = createLineIndex(text);
      expect(lineOf(0), JSON.stringify(eol)).toBe(1);
      expect(lineOf(text.indexOf('second'))).toBe(2);
      expect(lineOf(text.indexOf('fourth'))).toBe(4);
      expect(lineOf(text.length)).toBe(4);
    }
  });

  test('counts a mixed file the way the text parsers split it', () => {
    const text = 'a\r\nb\rc\nd';
    const lineOf = createLineIndex(text);
    expect(['a', 'b', 'c', 'd'].map((c) => lineOf(text.indexOf(c)))).toEqual([1, 2, 3, 4]);
    expect(text.split(/\r\n|\r|\n/)).toHaveLength(4);
  });
});
