import { describe, expect, test } from 'vitest';
import { decodeListingBytes } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeListingBytes', () => {
  test('removes a UTF-8 byte order mark', () => {
    expect(decodeListingBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Title: x')]))).toEqual({ text: 'Title: x', diagnostics: [] });
  });

  test('decodes UTF-16 files with either byte order', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...'Gödel'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = Uint8Array.from([0xfe, 0xff, ...[...'Gödel'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeListingBytes(le).text).toBe('Gödel');
    expect(decodeListingBytes(be).text).toBe('Gödel');
  });

  test('refuses empty, blank and binary files with the line of the problem', () => {
    expect(decodeListingBytes(new Uint8Array())).toEqual({
      diagnostics: [{ severity: 'error', line: 1, message: 'the file is empty: save the listing page again' }],
    });
    expect(decodeListingBytes(utf8(' \n\t\n')).diagnostics[0]!.message).toBe('the file holds only white space: save the listing page again');
    expect(decodeListingBytes(Uint8Array.from([...utf8('a\nb\n'), 0, 1, 2]))).toEqual({
      diagnostics: [{ severity: 'error', line: 3, message: 'the file is binary (NUL byte), not a listing: save the page as HTML or text' }],
    });
  });

  test('repairs invalid UTF-8 and says on which line', () => {
    const result = decodeListingBytes(Uint8Array.from([...utf8('ok\nbad '), 0xc3, 0x28, ...utf8(' here\n')]));
    expect(result.text).toBe('ok\nbad \uFFFD( here\n');
    expect(result.diagnostics).toEqual([{ severity: 'warning', line: 2, message: 'invalid UTF-8 replaced with U+FFFD: re-save the file as UTF-8' }]);
  });

  test('does not report a replacement character that was really in the file', () => {
    expect(decodeListingBytes(utf8('a \uFFFD b')).diagnostics).toEqual([]);
  });
});
