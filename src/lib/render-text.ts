// Listing text -> HTML for the pages: TeX math becomes MathML at build time (temml), everything
// else is escaped, and bare http(s) URLs in abstracts and comments become links. Pure functions
// returning HTML strings; a formula temml cannot parse stays as its raw TeX, alone.
import temml from 'temml';

export type TexSegment =
  | { kind: 'text'; text: string }
  | { kind: 'math'; tex: string; display: boolean; raw: string };

/** A bare http(s) URL: stops at white space, angle brackets and quotes, which never end a URL in prose. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the URL before it. */
const TRAILING_PUNCTUATION = /[.,;:!?*'"]+$/;
/** What is left of "https://." once its punctuation is trimmed: not worth a link. */
const URL_WITHOUT_HOST = /^https?:\/\/$/i;
const ASCII_DIGIT = /[0-9]/;
const HTML_SPECIAL = /[&<>"']/g;
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const LINK_REL = 'nofollow noopener noreferrer';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]!);
}

/**
 * Splits text into plain runs and math: `$…$` and `\(…\)` inline, `$$…$$` and `\[…\]` display.
 * `\$` is a literal dollar. A `$` without a closing partner is literal text, and so is one whose
 * only partner is followed by a digit ("between $5 and $10" holds prices, not math).
 */
export function splitTex(text: string): TexSegment[] {
  const segments: TexSegment[] = [];
  let plain = '';
  let i = 0;
  const pushMath = (tex: string, display: boolean, raw: string): void => {
    if (plain) segments.push({ kind: 'text', text: plain });
    plain = '';
    segments.push({ kind: 'math', tex, display, raw });
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\\' && (next === '(' || next === '[')) {
      const close = next === '(' ? '\\)' : '\\]';
      const end = text.indexOf(close, i + 2);
      const tex = end < 0 ? '' : text.slice(i + 2, end);
      if (tex.trim()) {
        pushMath(tex, next === '[', text.slice(i, end + 2));
        i = end + 2;
      } else {
        plain += c + next;
        i += 2;
      }
    } else if (c === '\\') {
      // `\$` is a dollar sign; any other escape (`\%`, `\\`) stays as written.
      plain += next === '$' ? '$' : c + (next ?? '');
      i += 2;
    } else if (c === '$' && next === '$') {
      const end = findClosingDollar(text, i + 2, true);
      const tex = end < 0 ? '' : text.slice(i + 2, end);
      if (tex.trim()) {
        pushMath(tex, true, text.slice(i, end + 2));
        i = end + 2;
      } else {
        plain += '$$';
        i += 2;
      }
    } else if (c === '$') {
      const end = findClosingDollar(text, i + 1, false);
      const tex = end < 0 ? '' : text.slice(i + 1, end);
      if (tex.trim()) {
        pushMath(tex, false, text.slice(i, end + 1));
        i = end + 1;
      } else {
        plain += '$';
        i += 1;
      }
    } else {
      plain += c;
      i += 1;
    }
  }
  if (plain) segments.push({ kind: 'text', text: plain });
  return segments;
}

/** Index of the `$` (or `$$`) closing math that starts at `from`, skipping escapes; -1 when there is none. */
function findClosingDollar(text: string, from: number, double: boolean): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c !== '$') continue;
    if (double) {
      if (text[j + 1] === '$') return j;
      continue;
    }
    if (!ASCII_DIGIT.test(text[j + 1] ?? '')) return j;
  }
  return -1;
}

/** The MathML for one formula, or undefined when temml cannot parse it. */
export function renderMathml(tex: string, display: boolean): string | undefined {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false });
  } catch {
    return undefined;
  }
}

/** True when temml parses the formula (what the pages would show as MathML). */
export function isRenderableTex(tex: string): boolean {
  return renderMathml(tex, false) !== undefined;
}

interface RenderOptions {
  /** Turn bare http(s) URLs into links (abstracts, comments; never titles, which sit inside links). */
  linkUrls: boolean;
  /** Render `$$…$$` as a block (abstracts) or inline (titles, comments). */
  displayBlocks: boolean;
}

function renderTex(text: string, options: RenderOptions): string {
  return splitTex(text)
    .map((segment) => {
      if (segment.kind === 'text') return options.linkUrls ? linkUrlsInText(segment.text) : escapeHtml(segment.text);
      const display = segment.display && options.displayBlocks;
      const mathml = renderMathml(segment.tex, display);
      if (mathml === undefined) return escapeHtml(segment.raw);
      // A block formula wider than the page scrolls in its own box instead of widening the page.
      return display ? `<span class="math-display">${mathml}</span>` : mathml;
    })
    .join('');
}

/** A title as HTML: math as MathML, the rest escaped, no links. */
export function renderTitleHtml(text: string): string {
  return renderTex(text, { linkUrls: false, displayBlocks: false });
}

/** One abstract paragraph as HTML (content for a `<p>`): math, display math, links. */
export function renderAbstractParagraphHtml(text: string): string {
  return renderTex(text, { linkUrls: true, displayBlocks: true });
}

/** A one-line field (comments, journal reference) as HTML: inline math and links. */
export function renderFieldHtml(text: string): string {
  return renderTex(text, { linkUrls: true, displayBlocks: false });
}

/** Escapes plain text and turns each bare http(s) URL in it into a link. */
export function linkUrlsInText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    const start = match.index;
    if (URL_WITHOUT_HOST.test(url)) continue;
    html += escapeHtml(text.slice(last, start));
    html += `<a href="${escapeHtml(url)}" rel="${LINK_REL}">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

/** Drops sentence punctuation after a URL, and closing brackets it did not open ("(see https://x.org/a)"). */
function trimUrl(url: string): string {
  let trimmed = url;
  for (;;) {
    const before = trimmed;
    trimmed = trimmed.replace(TRAILING_PUNCTUATION, '');
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
      if (trimmed.endsWith(close) && countOf(trimmed, close) > countOf(trimmed, open)) trimmed = trimmed.slice(0, -1);
    }
    if (trimmed === before) return trimmed;
  }
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}
