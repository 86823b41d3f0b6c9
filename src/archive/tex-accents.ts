// Decodes the TeX accent commands arXiv authors type in names and titles (Erd{\H o}s,
// Schr\"odinger, {\o}) into Unicode, and leaves every other character as it was: math, other
// commands and their arguments, and braces that do not wrap an accent alone.
// No installed package fits: @retorquere/bibtex-parser only converts whole BibTeX entries, math
// included, and exports no stand-alone decoder.

/** Combining marks for the accent commands, by command name: `\"o`, `\v{c}`, `\H o`. */
const ACCENT_MARKS: ReadonlyMap<string, string> = new Map([
  ['"', '\u0308'],
  ["'", '\u0301'],
  ['`', '\u0300'],
  ['^', '\u0302'],
  ['~', '\u0303'],
  ['=', '\u0304'],
  ['.', '\u0307'],
  ['u', '\u0306'],
  ['v', '\u030C'],
  ['H', '\u030B'],
  ['c', '\u0327'],
  ['k', '\u0328'],
  ['r', '\u030A'],
  ['d', '\u0323'],
  ['b', '\u0331'],
]);

/** Letters that have a command of their own: `\o`, `\ss`. */
const LETTER_COMMANDS: ReadonlyMap<string, string> = new Map([
  ['aa', 'å'],
  ['AA', 'Å'],
  ['o', 'ø'],
  ['O', 'Ø'],
  ['ae', 'æ'],
  ['AE', 'Æ'],
  ['oe', 'œ'],
  ['OE', 'Œ'],
  ['ss', 'ß'],
  ['l', 'ł'],
  ['L', 'Ł'],
  ['i', 'ı'],
  ['j', 'ȷ'],
]);

/** Under an accent, dotless i and j stand for the plain letters: `\'\i` is í, not ı́. */
const ACCENT_BASE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['i', 'i'],
  ['j', 'j'],
]);

/** Commands whose brace arguments are addresses, where `\~` means a tilde and not an accent. */
const VERBATIM_ARGUMENT_COMMANDS: ReadonlySet<string> = new Set(['url', 'href', 'path']);

const ASCII_LETTER = /^[A-Za-z]$/;
/** The letters of a control word (`\aa`, `\emph`) from a given position, sticky. */
const CONTROL_WORD_LETTERS = /[A-Za-z]+/y;
/** Spaces TeX skips before an argument, sticky. */
const ARGUMENT_SPACE = /[ \t\r\n]*/y;

interface Decoded {
  text: string;
  /** Index just past the decoded command in the source. */
  end: number;
}

interface Command {
  name: string;
  end: number;
  isWord: boolean;
}

/** What an open brace is: plain grouping, another command's argument, or an argument to keep verbatim. */
type BraceKind = 'group' | 'argument' | 'verbatim';

/** Returns `text` with TeX accent commands outside math turned into NFC Unicode; all else byte-for-byte. */
const STARTS_WITH_ASCII_LETTER = /^[A-Za-z]/;
const ENDS_WITH_CONTROL_WORD = /\\[A-Za-z]+$/;

export function decodeTexAccents(text: string): string {
  if (!text.includes('\\')) return text;
  // Decoding can bring a letter next to a command (`\ov\"\H H`) and so make one more thing to
  // decode; repeating until nothing changes makes decoding idempotent, as stored text needs.
  let decoded = decodeTexAccentsOnce(text);
  for (let round = 0; round < MAX_DECODING_ROUNDS; round++) {
    const again = decodeTexAccentsOnce(decoded);
    if (again === decoded) break;
    decoded = again;
  }
  return decoded;
}

const MAX_DECODING_ROUNDS = 8;

function decodeTexAccentsOnce(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let copiedUpTo = 0;
  const openBraces: BraceKind[] = [];
  let verbatimDepth = 0;
  // A brace right after another command (or after its previous argument) opens an argument:
  // it is not grouping, so it stays even when it holds only an accent.
  let argumentAt = -1;
  let argumentKind: BraceKind = 'argument';
  // A closer missing after one opener is missing after every later one: search for it once.
  const unclosed = new Set<string>();
  const findMathEnd = (from: number, closer: string): number | undefined => {
    if (unclosed.has(closer)) return undefined;
    const end = findClosingDelimiter(text, from, closer);
    if (end === undefined) unclosed.add(closer);
    return end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '{') {
      if (i === argumentAt) {
        openBraces.push(argumentKind);
        if (argumentKind === 'verbatim') verbatimDepth++;
        i++;
        continue;
      }
      const group = verbatimDepth === 0 ? decodeAccentGroupAt(text, i) : undefined;
      if (group && !wouldExtendControlWord(text.slice(copiedUpTo, i), group.text)) {
        out += text.slice(copiedUpTo, i) + group.text;
        i = copiedUpTo = group.end;
        continue;
      }
      openBraces.push('group');
      i++;
      continue;
    }
    if (ch === '}') {
      const kind = openBraces.pop();
      if (kind === 'verbatim') verbatimDepth--;
      if (kind === 'argument' || kind === 'verbatim') {
        argumentAt = skipArgumentSpace(text, i + 1);
        argumentKind = kind;
      }
      i++;
      continue;
    }
    if (ch === '$' && verbatimDepth === 0) {
      const closer = text[i + 1] === '$' ? '$$' : '$';
      i = findMathEnd(i + closer.length, closer) ?? i + 1;
      continue;
    }
    if (ch !== '\\') {
      i++;
      continue;
    }
    const next = text[i + 1];
    if ((next === '(' || next === '[') && verbatimDepth === 0) {
      const end = findMathEnd(i + 2, next === '(' ? '\\)' : '\\]');
      if (end !== undefined) {
        i = end;
        continue;
      }
    }
    const decoded = verbatimDepth === 0 ? decodeCommandAt(text, i, false) : undefined;
    if (decoded && !wouldExtendControlWord(text.slice(copiedUpTo, i), decoded.text)) {
      out += text.slice(copiedUpTo, i) + decoded.text;
      i = copiedUpTo = decoded.end;
      continue;
    }
    const command = readCommand(text, i);
    if (!command) break;
    if (command.isWord) {
      argumentAt = skipArgumentSpace(text, command.end);
      argumentKind = VERBATIM_ARGUMENT_COMMANDS.has(command.name) ? 'verbatim' : 'argument';
    }
    i = command.end;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/**
 * Whether a decoded letter would run onto a control word before it (`\s\"s` -> `\ss̈`), making a
 * new command that a second decoding would read: such an accent is left as written.
 */
function wouldExtendControlWord(before: string, decoded: string): boolean {
  return STARTS_WITH_ASCII_LETTER.test(decoded) && ENDS_WITH_CONTROL_WORD.test(before);
}

/** Reads `\name` (a run of letters) or `\x` (one other character) at `start`, which holds the backslash. */
function readCommand(text: string, start: number): Command | undefined {
  const first = text[start + 1];
  if (first === undefined) return undefined;
  if (!ASCII_LETTER.test(first)) return { name: first, end: start + 2, isWord: false };
  CONTROL_WORD_LETTERS.lastIndex = start + 1;
  const name = CONTROL_WORD_LETTERS.exec(text)![0];
  return { name, end: start + 1 + name.length, isWord: true };
}

function skipArgumentSpace(text: string, from: number): number {
  ARGUMENT_SPACE.lastIndex = from;
  ARGUMENT_SPACE.exec(text);
  return ARGUMENT_SPACE.lastIndex;
}

/** Decodes the accent or letter command at `start`; `asBase` is true under another accent, where `\i` is a plain i. */
function decodeCommandAt(text: string, start: number, asBase: boolean): Decoded | undefined {
  const command = readCommand(text, start);
  if (!command) return undefined;
  const letter = LETTER_COMMANDS.get(command.name);
  if (letter !== undefined) {
    const end = skipControlWordTerminator(text, command.end);
    return { text: (asBase && ACCENT_BASE_LETTERS.get(command.name)) || letter, end };
  }
  const mark = ACCENT_MARKS.get(command.name);
  if (mark === undefined) return undefined;
  const base = decodeAccentArgumentAt(text, skipArgumentSpace(text, command.end));
  return base && { text: (base.text + mark).normalize('NFC'), end: base.end };
}

/** The accented letter: `o`, `{o}`, `\i`, `{\i}`, or a further accent (`\~{\^e}`). */
function decodeAccentArgumentAt(text: string, start: number): Decoded | undefined {
  if (text[start] !== '{') return decodeBareArgumentAt(text, start);
  const inner = decodeBareArgumentAt(text, start + 1);
  return inner && text[inner.end] === '}' ? { text: inner.text, end: inner.end + 1 } : undefined;
}

function decodeBareArgumentAt(text: string, start: number): Decoded | undefined {
  const ch = text[start];
  if (ch === '\\') return decodeCommandAt(text, start, true);
  return ch !== undefined && ASCII_LETTER.test(ch) ? { text: ch, end: start + 1 } : undefined;
}

/**
 * After `\ss` or `\o`, TeX swallows an empty `{}` and the spaces before the next letter
 * (`Stra\ss{}e`, `Bj\o rn`); both belong to the command, so they go with it.
 */
function skipControlWordTerminator(text: string, end: number): number {
  if (text.startsWith('{}', end)) return end + 2;
  const afterSpace = skipArgumentSpace(text, end);
  const next = text[afterSpace];
  return afterSpace > end && next !== undefined && ASCII_LETTER.test(next) ? afterSpace : end;
}

/** `{\"o}`, `{\H o}`, `{\o}`: braces that hold accent or letter commands and nothing else. */
function decodeAccentGroupAt(text: string, start: number): Decoded | undefined {
  let decoded = '';
  let i = start + 1;
  while (text[i] === '\\') {
    const command = decodeCommandAt(text, i, false);
    if (!command) return undefined;
    decoded += command.text;
    i = command.end;
  }
  if (decoded === '' || text[i] !== '}') return undefined;
  return { text: decoded, end: i + 1 };
}

/** Index just past the `closer` (`$`, `$$`, `\\)`, `\\]`) from `from` on, skipping escaped characters; undefined when it never comes. */
function findClosingDelimiter(text: string, from: number, closer: string): number | undefined {
  let i = from;
  while (i < text.length) {
    if (text.startsWith(closer, i)) return i + closer.length;
    i += text[i] === '\\' ? 2 : 1;
  }
  return undefined;
}
