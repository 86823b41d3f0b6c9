// Turns a listing file's bytes into text: UTF-8 or UTF-16 by BOM, BOM removed, binary refused,
// invalid UTF-8 repaired with U+FFFD and reported at its line.
import type { Diagnostic } from './listing.ts';

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
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      const line = countLines(bytes, nul);
      return {
        diagnostics: [{ severity: 'error', line, message: 'the file is binary (NUL byte), not a listing: save the page as HTML or text' }],
      };
    }
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    text = new TextDecoder('utf-8').decode(bytes.subarray(start));
  }
  const diagnostics: Diagnostic[] = [];
  const bad = text.indexOf(REPLACEMENT_CHARACTER);
  if (bad !== -1 && !wasReplacementCharacterInInput(bytes)) {
    diagnostics.push({
      severity: 'warning',
      line: lineOfOffset(text, bad),
      message: 'invalid UTF-8 replaced with U+FFFD: re-save the file as UTF-8',
    });
  }
  if (text.trim() === '') {
    diagnostics.push({ severity: 'error', line: 1, message: 'the file holds only white space: save the listing page again' });
    return { diagnostics };
  }
  return { text, diagnostics };
}

/** U+FFFD encoded in UTF-8 is EF BF BD: present means the character was there, not a decoding repair. */
function wasReplacementCharacterInInput(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i !== -1 && i < bytes.length - 2; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
