// Listing text -> plain text for `<title>`, feeds and meta descriptions: white space collapsed,
// nothing stripped, TeX left exactly as written (a reader of a feed sees `$x^2$`, not markup).

const WHITESPACE_RUN = /\s+/g;
/** Spaces and clause punctuation left dangling at the end of a cut. */
const DANGLING_END = /[\s,;:.]+$/;

/** One line of plain text: runs of white space become one space, ends trimmed. */
export function toPlainText(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Paragraphs as plain text, each collapsed, separated by a blank line; empty ones dropped. */
export function toPlainParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map(toPlainText)
    .filter((p) => p !== '')
    .join('\n\n');
}

/** The first `maxLength` characters of a plain text, cut at a word boundary, with an ellipsis when cut. */
export function truncatePlainText(text: string, maxLength: number): string {
  const plain = toPlainText(text);
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(DANGLING_END, '')}…`;
}
