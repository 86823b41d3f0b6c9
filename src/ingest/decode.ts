// Turns a listing file's bytes into text: UTF-8 or UTF-16 by BOM, BOM removed, binary refused,
// invalid UTF-8 or UTF-16 repaired with U+FFFD and reported at its line.
import type { Diagnostic } from './listing.ts';
import { createLineIndex } from './line-index.ts';

export interface DecodedListing {
  /** The text, or undefined when the bytes cannot be a listing (empty, binary). */
  text?: string;
  diagnostics: Diagnostic[];
}

const REPLACEMENT_CHARACTER = '\uFFFD';

/** Decodes a listing file; never throws. */
export function decodeListingBytes(bytes: Uint8Array): DecodedListing {
  if (bytes.length === 0) {
    return { diagnostics: [{ severity: 'error', line: 1, message: 'the file is empty: save the listing page again' }] };
  }
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  let body: Uint8Array;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      const line = countLines(bytes, nul);
      return {
        diagnostics: [{ severity: 'error', line, message: 'the file is binary (NUL byte), not a listing: save the page as HTML or text' }],
      };
    }
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    [encoding, body] = ['utf-8', bytes.subarray(start)];
  }
  const text = new TextDecoder(encoding).decode(body);
  const diagnostics: Diagnostic[] = [];
  const bad = text.indexOf(REPLACEMENT_CHARACTER);
  // A U+FFFD may be in the file itself; only a strict decoder tells a repair from one.
  if (bad !== -1 && !decodesStrictly(body, encoding)) {
    diagnostics.push({
      severity: 'warning',
      line: createLineIndex(text)(bad),
      message: `invalid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} replaced with U+FFFD: re-save the file as UTF-8`,
    });
  }
  if (text.trim() === '') {
    diagnostics.push({ severity: 'error', line: 1, message: 'the file holds only white space: save the listing page again' });
    return { diagnostics };
  }
  return { text, diagnostics };
}

function decodesStrictly(body: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** The line of a byte offset; \n, \r\n and a lone \r each end a line, as createLineIndex counts them. */
function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  return line;
}
