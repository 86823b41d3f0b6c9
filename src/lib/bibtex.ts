// The BibTeX entry a paper page offers for citing: arXiv's own @misc shape (eprint, archivePrefix,
// primaryClass, the arXiv DOI), with every character that means something to BibTeX or LaTeX
// escaped, and formulas that LaTeX can typeset kept as written.
import type { PaperData } from '../archive/paper.ts';
import { getIdYear } from '../archive/arxiv-id.ts';
import { isRenderableTex, splitTex } from './render-text.ts';

/** Characters LaTeX reads as commands in text mode, and what prints them literally. */
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const TEXT_SPECIAL = /[\\{}%&#_$~^]/g;
/** Characters that end a comment, a parameter or an alignment cell: a formula holding one unescaped is not kept as TeX. */
const UNESCAPED_MATH_HAZARD = /(?:^|[^\\])(?:\\\\)*[%#&]/;
/** Names BibTeX would split or reorder: " and " separates authors, a comma means "Last, First". */
const NAME_NEEDS_BRACES = /,|\sand\s/i;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_KEY_CHARACTERS = /[^a-z0-9]/g;
const WORD_SEPARATOR = /[\s\-–—:]+/;
const WHITESPACE_RUN = /\s+/;
/** Longest surname or title word a key takes: keys stay typeable whatever a listing printed. */
const KEY_PART_LENGTH = 20;
const KEY_STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward']);

type CitablePaper = Pick<PaperData, 'id' | 'title' | 'authors' | 'primaryCategory' | 'categories' | 'announcements' | 'unidentified'>;

/** The BibTeX entry for a paper; undefined for an unidentified entry, which has nothing to cite by. */
export function formatBibtex(paper: CitablePaper): string | undefined {
  if (paper.unidentified) return undefined;
  const year = getCitationYear(paper);
  const primary = paper.primaryCategory ?? paper.categories[0];
  const fields: [string, string | undefined][] = [
    ['title', paper.title === undefined ? undefined : escapeBibtexTitle(paper.title)],
    ['author', paper.authors.length ? paper.authors.map(escapeBibtexName).join(' and ') : undefined],
    ['year', year === undefined ? undefined : String(year)],
    ['eprint', paper.id],
    ['archivePrefix', 'arXiv'],
    ['primaryClass', primary],
    ['doi', `10.48550/arXiv.${paper.id}`],
    ['url', `https://arxiv.org/abs/${paper.id}`],
  ];
  const body = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name}={${value}}`])).join(',\n');
  return `@misc{${formatBibtexKey(paper, year)},\n${body}\n}`;
}

/** The year of the first announcement, else the year the id was issued in. */
function getCitationYear(paper: CitablePaper): number | undefined {
  const first = paper.announcements[0]?.date;
  return first ? Number(first.slice(0, 4)) : getIdYear(paper.id);
}

/** `<first author's last word><year><first title word>`, ASCII letters and digits only, as arXiv and Scholar make them. */
export function formatBibtexKey(paper: Pick<CitablePaper, 'id' | 'title' | 'authors'>, year: number | undefined): string {
  const surname = toKeyPart(paper.authors[0]?.trim().split(WHITESPACE_RUN).at(-1) ?? '');
  const word = (paper.title ?? '')
    .split(WORD_SEPARATOR)
    .map(toKeyPart)
    .find((w) => w !== '' && !KEY_STOP_WORDS.has(w));
  const key = `${surname || 'arxiv'}${year ?? ''}${word ?? ''}`;
  return key === 'arxiv' ? `arxiv${toKeyPart(paper.id)}` : key;
}

function toKeyPart(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(NON_KEY_CHARACTERS, '').slice(0, KEY_PART_LENGTH);
}

/** Escapes a title: text characters that LaTeX reads as commands are escaped, typesettable formulas kept. */
export function escapeBibtexTitle(title: string): string {
  return splitTex(title)
    .map((segment) => {
      if (segment.kind === 'math' && isKeepableMath(segment.tex)) return segment.raw;
      return escapeBibtexText(segment.kind === 'text' ? segment.text : segment.raw);
    })
    .join('');
}

/** A formula is kept as TeX only when temml parses it, its braces balance (BibTeX counts every brace) and it holds no %, # or &. */
function isKeepableMath(tex: string): boolean {
  return isRenderableTex(tex) && hasBalancedBraces(tex) && !UNESCAPED_MATH_HAZARD.test(tex);
}

function hasBalancedBraces(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Escapes text so LaTeX prints it as written. */
export function escapeBibtexText(text: string): string {
  return text.replace(TEXT_SPECIAL, (c) => TEXT_ESCAPES[c]!);
}

/** One author name as printed, braced whole when BibTeX would otherwise split or reorder it. */
export function escapeBibtexName(name: string): string {
  const escaped = escapeBibtexText(name);
  return NAME_NEEDS_BRACES.test(name) ? `{${escaped}}` : escaped;
}
