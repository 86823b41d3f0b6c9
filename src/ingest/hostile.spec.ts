// Hostile and broken listings through the whole ingest: payloads in every field are kept as text
// (and escaped when written and rendered), broken bytes and enormous inputs are read or refused
// with a `file:line` error, and nothing ever throws. The accepted listings live in the test site
// (src/__fixtures__/site/hostile-*), the refused ones in src/__fixtures__/hostile; the huge ones
// are generated here.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { parseFrontmatter } from 'astro/markdown';
import { ingestListingFiles, type IngestResult, type ListingFile } from './ingest-listings.ts';
import { decodeListingBytes } from './decode.ts';
import { parseArxivRss } from './formats/arxiv-rss.ts';
import { parseArxivApiAtom } from './formats/arxiv-api-atom.ts';
import { parseArxivMailing } from './formats/arxiv-mailing.ts';
import { formatDiagnostic } from '../archive/diagnostics.ts';
import { paperSchema, type Paper } from '../archive/paper.ts';
import { readAbstractParagraphs, renderPaperMarkdown } from '../markdown/paper-markdown.ts';
import { writeCollection } from '../markdown/write-collection.ts';
import { escapeHtml, renderAbstractParagraphHtml, renderFieldHtml, renderTitleHtml } from '../lib/render-text.ts';
import { FIXTURES_DIR, LISTINGS_DIR, REPO_ROOT } from '../__fixtures__/fixtures.ts';

const SITE_DIR = path.join(FIXTURES_DIR, 'site');
const HOSTILE_DIR = path.join(FIXTURES_DIR, 'hostile');
const HTML = 'hostile-html/cs.CR/2026-04-06.html';
const TEXT = 'hostile-text/cs.CR/2026-04-07.txt';
const RSS = 'hostile-rss/cs.CR/2026-04-08.xml';
const MAILING = 'hostile-mailing/cs/2026-04-09.txt';
const ACCEPTED = [HTML, TEXT, RSS, MAILING];
const HOSTILE_IDS = [
  '2604.09001', '2604.09002', '2604.09003', '2604.09004', '2604.09005', '2604.09101', '2604.09102', '2604.09103',
  '2604.09201', '2604.09202', '2604.09301', '2604.09302',
];
/** What the payloads set when they run; the browser test traps it. */
const PWN = 'window.__pwned=1';
const BASE64_SCRIPT = 'PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+';
const FIFTY_THOUSAND = 50_000;
/** Five megabytes through every parser, or through remark, take seconds on a busy two-core machine. */
const BIG_INPUT_TIMEOUT = 60_000;
/** Deep nesting costs htmlparser2 quadratic time (its element stack is an array it unshifts). */
const DEEP_NESTING_TIMEOUT = 120_000;

const LINE_BREAK = /\r\n|\r|\n/;
/** Every eighth space: where the mailing's hard wrap breaks a long abstract. */
const EVERY_EIGHTH_SPACE = /(\S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+) /g;
/** The end of a page from its `</body>`: cut off to leave elements unclosed. */
const FROM_BODY_END = /<\/body>[\s\S]*$/;
/** The identifier link of the hostile page's fifth entry, and that entry's abstract text. */
const FIFTH_ENTRY_ID_LINK = /<a href ="\/abs\/2604\.09005"[^>]*>\s*arXiv:2604\.09005\s*<\/a>/;
const FIFTH_ENTRY_ABSTRACT = /Nested <span>[\s\S]*?never closed/;
/** What ingest says when a parser threw instead of returning diagnostics. */
const PARSER_FAILED = /parser failed/;
const FORBIDDEN_ELEMENTS = new Set(['script', 'img', 'iframe', 'svg', 'style', 'textarea', 'title', 'div', 'b', 'object', 'embed', 'form']);
const EVENT_HANDLER_ATTRIBUTE = /^on/i;
const SCRIPT_URL = /^\s*(?:javascript|data|vbscript):/i;
const HTTP_URL = /^https?:\/\//;

function listingFile(dir: string, relative: string, bytes?: Uint8Array): ListingFile {
  const file = path.join(dir, relative);
  return { source: path.relative(REPO_ROOT, file).split(path.sep).join('/'), listingPath: relative, bytes: bytes ?? readFileSync(file) };
}

const siteFile = (relative: string, bytes?: Uint8Array) => listingFile(SITE_DIR, relative, bytes);
const hostileFile = (relative: string, bytes?: Uint8Array) => listingFile(HOSTILE_DIR, relative, bytes);
const siteText = (relative: string) => readFileSync(path.join(SITE_DIR, relative), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Ingests files and checks what must hold whatever the input: no parser failed (threw), and every
 * diagnostic names a line of its own file. Ingest throwing fails the calling test.
 */
function ingest(files: ListingFile[]): IngestResult {
  const result = ingestListingFiles(files);
  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.message).not.toMatch(PARSER_FAILED);
    const file = files.find((f) => f.source === diagnostic.file);
    expect(file, `diagnostic for a file not ingested: ${formatDiagnostic(diagnostic)}`).toBeDefined();
    const text = decodeListingBytes(file!.bytes).text ?? new TextDecoder().decode(file!.bytes);
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line).toBeLessThanOrEqual(text.split(LINE_BREAK).length);
  }
  return result;
}

function paperOf(result: IngestResult, id: string): Paper {
  const paper = result.papers.find((p) => p.id === id);
  if (!paper) throw new Error(`paper ${id} was not ingested`);
  return paper;
}

/** The diagnostics as `file:line: severity: message`, the form validate prints. */
const printed = (result: IngestResult) => result.diagnostics.map(formatDiagnostic);

/** Reads a written paper back the way Astro's content layer does. */
function readBack(markdown: string): Paper {
  const { frontmatter, content } = parseFrontmatter(markdown);
  const abstract = readAbstractParagraphs(content).join('\n\n');
  return { ...paperSchema.parse(frontmatter), ...(abstract ? { abstract } : {}) };
}

/** Deterministic prose of about `length` characters. */
function generateWords(length: number): string {
  const words: string[] = [];
  for (let i = 0, total = 0; total < length; i++) {
    const word = `word${i % 9973}`;
    words.push(word);
    total += word.length + 1;
  }
  return words.join(' ');
}

/** What the four accepted hostile listings ingest to; the first test checks it is free of errors. */
const accepted = ingestListingFiles(ACCEPTED.map((f) => siteFile(f)));

describe('hostile listings that are accepted', () => {
  test('ingests the hostile HTML page, text copy, feed and mailing of the test site with no error', () => {
    expect(printed(accepted)).toEqual([
      `src/__fixtures__/site/${RSS}:17: warning: unknown category "<script>window.__pwned=1</script>" dropped`,
    ]);
    expect(accepted.papers.map((p) => p.id)).toEqual(HOSTILE_IDS);
    expect(accepted.listings.map((l) => [l.source, l.format, l.category, l.dates, l.entries])).toEqual([
      [`src/__fixtures__/site/${HTML}`, 'arxiv-html', 'cs.CR', ['2026-04-06'], 5],
      [`src/__fixtures__/site/${MAILING}`, 'arxiv-mailing', 'cs', ['2026-04-09'], 3],
      [`src/__fixtures__/site/${RSS}`, 'arxiv-rss', 'cs.CR', ['2026-04-08'], 2],
      [`src/__fixtures__/site/${TEXT}`, 'listing-text', 'cs.CR', ['2026-04-07'], 3],
    ]);
  });

  test('keeps <script>, <img onerror> and </textarea> in titles and author names as text', () => {
    expect(paperOf(accepted, '2604.09001')).toMatchObject({
      title: `<script>${PWN};alert(1)</script> Cross-Site <img src=x onerror="${PWN};alert(1)"> Scripting in </textarea></title> Listings`,
      authors: [`<img src=x onerror="${PWN};alert(1)">`, `Mallory </textarea><script>${PWN}</script>`, 'Eve "Quote" O\'Brien'],
    });
    expect(paperOf(accepted, '2604.09101')).toMatchObject({
      title: `<script>${PWN};alert(1)</script> in a Copied </textarea> Listing`,
      authors: [`<img src=x onerror="${PWN};alert(1)">`, `Mallory <svg onload=${PWN}>`, 'Eve "Quote" O\'Brien'],
    });
    expect(paperOf(accepted, '2604.09201')).toMatchObject({
      title: `<script>${PWN};alert(1)</script> Feeds <img src=x onerror="${PWN};alert(1)"> Escape <b onmouseover="${PWN}">CDATA</b> Titles`,
      authors: [`<img src=x onerror="${PWN}">`, `Mallory </textarea><script>${PWN}</script>`, '&anchor Alice'],
    });
    expect(paperOf(accepted, '2604.09301')).toMatchObject({
      title: `<script>${PWN};alert(1)</script> Mailings Carry </textarea> <img src=x onerror="${PWN};alert(1)"> Too`,
      authors: [`<svg onload=${PWN}>`, `Mallory </title><script>${PWN}</script>`, '&anchor Alice'],
    });
  });

  test('turns javascript: and data: links shown as "this https URL" into plain text, and keeps bare ones as text', () => {
    const page = paperOf(accepted, '2604.09001');
    expect(page.comments).toBe(
      `Code: javascript:${PWN};alert(1); data: data:text/html;base64,${BASE64_SCRIPT}; named: click here; real: https://example.org/code`,
    );
    expect(page.abstract).toBe(
      `We show that <svg onload="${PWN}"> and <iframe src="javascript:${PWN}"></iframe> survive as text. ` +
        `The attack page is javascript:${PWN};alert(1), its payload data:text/html,<script>${PWN}</script>, ` +
        `and a quote-breaking link https://example.org/a"onmouseover="${PWN}. A raw element and a raw image are markup, not text. ` +
        `Bare javascript:${PWN} and data:text/html;base64,${BASE64_SCRIPT} stay text.`,
    );
    expect(paperOf(accepted, '2604.09101').comments).toBe(
      `code at javascript:${PWN};alert(1) and data:text/html;base64,${BASE64_SCRIPT} (see this https URL)`,
    );
    expect(paperOf(accepted, '2604.09301').comments).toBe(`javascript:${PWN};alert(1) and data:text/html,<script>${PWN}</script>; --- # *`);
  });

  test('keeps only https links on arxiv.org: javascript:, data: and attribute-breaking hrefs are dropped', () => {
    expect(paperOf(accepted, '2604.09001').links).toEqual({ abs: 'https://arxiv.org/abs/2604.09001', pdf: 'https://arxiv.org/pdf/2604.09001' });
    // Its pdf link was '/pdf/2604.09004" onmouseover="…' and its html link a data: URL.
    expect(paperOf(accepted, '2604.09004').links).toEqual({ abs: 'https://arxiv.org/abs/2604.09004' });
    // <link>javascript:…</link> in the feed, "\\ ( javascript:… )" closing the mailing record.
    expect(paperOf(accepted, '2604.09201').links).toBeUndefined();
    expect(paperOf(accepted, '2604.09302').links).toBeUndefined();
  });

  test('keeps Markdown and YAML syntax verbatim in every field', () => {
    expect(paperOf(accepted, '2604.09002')).toMatchObject({
      title: `--- title: "injected" # not a comment &anchor *alias !!js/function [Markdown](javascript:${PWN}) **bold** _em_ \`code\` <!-- comment`,
      authors: ['&anchor Alice', '*alias', '- Carol: Dave', '# Hash', 'null', 'yes', '\'Single\' "Double"'],
      comments: 'key: value # trailing comment; ? complex key; | literal > folded; %YAML 1.2; @at `tick` {a: 1} [1, 2] <<: *alias',
      journalRef: '*alias &anchor --- 2026-04-06',
      abstract:
        `# Heading - list item > quote 1. item [link](javascript:${PWN}) ![image](javascript:${PWN}) <https://example.org/autolink> ` +
        `[ref]: javascript:${PWN} | a | b | *** \`\`\`js alert(1)\`\`\` <div onclick="${PWN}">html block</div> &lt;script&gt; \\*escaped\\* &amp;` +
        '\n\n---\n\nkey: value\n\n... end of document',
    });
    expect(paperOf(accepted, '2604.09102')).toMatchObject({
      title: '--- "quoted" \'single\' key: value # hash &anchor *alias !!binary | > % @ ` {} []',
      authors: ['&amp Alice', '*Bob', '- Carol: Dave', '# Hash', '? Question', '~', 'no'],
      comments: '3 pages; --- ... ---',
      journalRef: '* &',
    });
    expect(paperOf(accepted, '2604.09102').abstract!.split('\n\n').slice(0, 8)).toEqual([
      '# Heading', '---', '- item', '> quote', '1. ordered', 'indented code', '```', 'fenced',
    ]);
    expect(paperOf(accepted, '2604.09202')).toMatchObject({
      title: `--- key: value # hash *alias &anchor "double" 'single' [Markdown](javascript:${PWN}) **bold**`,
      authors: ['*Bob', '- Carol: Dave', '# Hash'],
      journalRef: '*alias &anchor --- ? : #',
      doi: `10.1000/x"><script>${PWN}</script>`,
      abstract:
        'A first paragraph with $\\frac{$ and $\\begin{aligned} x$ and <https://example.org/autolink>.\n\n' +
        'A second paragraph: # not a heading, - not a list, > not a quote, `not code`, &amp; stays an entity.',
    });
    expect(paperOf(accepted, '2604.09302')).toMatchObject({
      title: '--- "quoted" key: value &anchor *alias',
      authors: ['*Bob', '- Carol: Dave'],
      journalRef: '? complex : key',
      doi: `10.1000/"onmouseover="${PWN}`,
    });
  });

  test('keeps invalid, unclosed and hostile TeX verbatim', () => {
    const tex = paperOf(accepted, '2604.09003');
    expect(tex.title).toBe(`Invalid TeX $\\frac{$ and $\\begin{pmatrix} a & b$ left open, with $\\href{javascript:${PWN}}{a link}$`);
    expect(tex.comments).toBe(`$\\url{javascript:${PWN}}$ and $x</script><script>${PWN}</script>$`);
    expect(tex.abstract).toBe(
      `Macros $\\href{javascript:${PWN}}{click}$, $\\url{javascript:${PWN}}$, $\\htmlClass{x}{y}$, $\\includegraphics{x.png}$ and ` +
        `$\\text{<img src=x onerror=${PWN}>}$ must not become markup. Broken formulas $\\frac{$, $\\begin{array}{c} x$, ` +
        '$$\\int_0^1 \\frac{1}{x$$ and \\(\\sqrt{ stay as written. Expansion bombs $\\def\\a{\\a}\\a$ and ' +
        `$\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\e$ are bounded. Nested: $${'{'.repeat(40)}x${'}'.repeat(40)}$. Unclosed \\[ display.`,
    );
    expect(paperOf(accepted, '2604.09102').abstract!.split('\n\n').at(-1)).toBe(
      `Invalid TeX $\\frac{$ and $\\begin{cases} x$ and $$\\left( x$$ and $${'{'.repeat(20)}y${'}'.repeat(19)}$ are kept as written.`,
    );
  });

  test('drops control characters and U+FFFE wherever they are, and keeps every other character', () => {
    expect(paperOf(accepted, '2604.09004')).toMatchObject({
      // &#133; is NEL only outside HTML: an HTML numeric reference in 128-159 means windows-1252, here "…".
      title: 'Controlcharacters [31mANSI[0m, DEL, NEL…, zero\u200bwidth, BOM inside, \u202eoverride\u202c and line separators',
      authors: ['Bell Ringer', 'Escape Artist'],
      comments: 'Tab and carriage feed',
      // U+2029 PARAGRAPH SEPARATOR separates paragraphs.
      abstract: 'Control characters are dropped;\n\nseparates paragraphs. Emoji \u{1f600} and combining e\u0301 are kept.',
    });
    expect(paperOf(accepted, '2604.09102').abstract).toContain('\n\nBell escape[31m delete and tab here stay on one line.\n\n');
    expect(paperOf(accepted, '2604.09301').abstract).toContain(`and [link](javascript:${PWN}) and [31m red.`);
  });

  test('reads unclosed and nested inline markup as its text', () => {
    expect(paperOf(accepted, '2604.09005')).toMatchObject({
      title: 'Unclosed bold and italic markup',
      authors: ['Tag Open'],
      abstract: 'Nested ten levels deep and never closed',
    });
  });

  test('merges one paper announced by two hostile listings into one record with both announcements', () => {
    expect(paperOf(accepted, '2604.09003').announcements).toEqual([
      { date: '2026-04-06', category: 'cs.CR', type: 'new', source: `src/__fixtures__/site/${HTML}` },
      { date: '2026-04-09', category: 'cs', type: 'replacement', source: `src/__fixtures__/site/${MAILING}` },
    ]);
  });

  test('writes every hostile paper as Markdown that Astro reads back to the same paper', () => {
    for (const paper of accepted.papers) expect(readBack(renderPaperMarkdown(paper))).toEqual(paper);
  });

  test('renders every hostile field as HTML with no element, event handler or script URL from the content', () => {
    for (const paper of accepted.papers) {
      const html = [
        renderTitleHtml(paper.title ?? ''),
        ...paper.authors.map(escapeHtml),
        renderFieldHtml(paper.comments ?? ''),
        renderFieldHtml(paper.journalRef ?? ''),
        ...(paper.abstract ?? '').split('\n\n').map(renderAbstractParagraphHtml),
      ].join('\n');
      const $ = load(`<body>${html}</body>`);
      $('body *').each((_, element) => {
        expect(FORBIDDEN_ELEMENTS.has(element.tagName), `<${element.tagName}> in ${paper.id}`).toBe(false);
        for (const [name, value] of Object.entries(element.attribs)) {
          expect(name, `${name}= in ${paper.id}`).not.toMatch(EVENT_HANDLER_ATTRIBUTE);
          expect(value, `${name}="${value}" in ${paper.id}`).not.toMatch(SCRIPT_URL);
        }
        if (element.tagName === 'a') {
          expect(element.attribs.href).toMatch(HTTP_URL);
          expect(element.attribs.rel).toBe('nofollow noopener noreferrer');
        }
      });
    }
  });
});

describe('bytes and line endings', () => {
  const swapBytePairs = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);
  const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
  const VARIANTS: { name: string; encode: (text: string) => Uint8Array }[] = [
    { name: 'with a UTF-8 byte order mark', encode: (text) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]) },
    { name: 'with CRLF line endings', encode: (text) => utf8(text.replaceAll('\n', '\r\n')) },
    { name: 'with lone CR line endings', encode: (text) => utf8(text.replaceAll('\n', '\r')) },
    { name: 'as UTF-16LE with a byte order mark', encode: utf16le },
    { name: 'as UTF-16BE with a byte order mark', encode: (text) => swapBytePairs(utf16le(text)) },
  ];

  test.each(VARIANTS)('reads the hostile listings saved $name as the same papers, with the same lines', ({ encode }) => {
    const result = ingest(ACCEPTED.map((f) => siteFile(f, encode(siteText(f)))));
    expect(result.papers).toEqual(accepted.papers);
    expect(result.diagnostics).toEqual(accepted.diagnostics);
    expect(result.listings).toEqual(accepted.listings);
  });

  test('replaces invalid and overlong UTF-8 with U+FFFD, never "/", and warns at its line', () => {
    const [before, after] = siteText(TEXT).split('Copied </textarea>');
    const bytes = new Uint8Array([...utf8(before!), 0xc3, 0x28, 0xff, 0xc0, 0xaf, 0xed, 0xa0, 0x80, ...utf8(`Copied </textarea>${after}`)]);
    const result = ingest([siteFile(TEXT, bytes)]);
    expect(printed(result)).toEqual([
      `src/__fixtures__/site/${TEXT}:24: warning: invalid UTF-8 replaced with U+FFFD: re-save the file as UTF-8`,
    ]);
    expect(paperOf(result, '2604.09101').title).toBe(
      `<script>${PWN};alert(1)</script> in a \ufffd(\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdCopied </textarea> Listing`,
    );
  });

  test('names the right line of invalid UTF-8 and of a NUL byte in a file with lone CR line endings', () => {
    const [before, after] = siteText(TEXT).replaceAll('\n', '\r').split('Copied </textarea>');
    const invalid = ingest([siteFile(TEXT, new Uint8Array([...utf8(before!), 0xff, ...utf8(`Copied </textarea>${after}`)]))]);
    expect(printed(invalid)).toEqual([`src/__fixtures__/site/${TEXT}:24: warning: invalid UTF-8 replaced with U+FFFD: re-save the file as UTF-8`]);
    const nul = ingest([siteFile(TEXT, new Uint8Array([...utf8(before!), 0, ...utf8(`Copied </textarea>${after}`)]))]);
    expect(printed(nul)).toEqual([`src/__fixtures__/site/${TEXT}:24: error: the file is binary (NUL byte), not a listing: save the page as HTML or text`]);
  });

  test('warns about invalid UTF-8 even in a file that also holds a real U+FFFD', () => {
    const [before, after] = siteText(TEXT).replace('Zed Zero', 'Zed \ufffd Zero').split('Copied </textarea>');
    const result = ingest([siteFile(TEXT, new Uint8Array([...utf8(before!), 0xff, ...utf8(`Copied </textarea>${after}`)]))]);
    expect(printed(result)).toEqual([`src/__fixtures__/site/${TEXT}:24: warning: invalid UTF-8 replaced with U+FFFD: re-save the file as UTF-8`]);
  });

  test('keeps a real U+FFFD in a UTF-16 file without a warning, and reports a lone surrogate as invalid UTF-16', () => {
    const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const real = ingest([siteFile(TEXT, utf16(siteText(TEXT).replace('Zed Zero', 'Zed \ufffd Zero')))]);
    expect(real.diagnostics).toEqual([]);
    expect(paperOf(real, '2604.09103').authors).toEqual(['Zed \ufffd Zero']);
    const lone = ingest([siteFile(TEXT, utf16(siteText(TEXT).replace('Zed Zero', 'Zed \ud800 Zero')))]);
    expect(printed(lone)).toEqual([`src/__fixtures__/site/${TEXT}:55: warning: invalid UTF-16 replaced with U+FFFD: re-save the file as UTF-8`]);
    expect(paperOf(lone, '2604.09103').authors).toEqual(['Zed \ufffd Zero']);
  });

  test('keeps U+FFFD that the file really holds without a warning', () => {
    const result = ingest([siteFile(TEXT, utf8(siteText(TEXT).replace('Zed Zero', 'Zed \ufffd Zero')))]);
    expect(result.diagnostics).toEqual([]);
    expect(paperOf(result, '2604.09103').authors).toEqual(['Zed \ufffd Zero']);
  });

  test('drops U+FFFE and U+FFFF, which YAML cannot hold, from every field', () => {
    const text = siteText(TEXT).replace('Zed Zero', 'Zed\ufffe Zero\uffff').replace('An abstract with', 'An\uffff abstract with');
    const paper = paperOf(ingest([siteFile(TEXT, utf8(text))]), '2604.09103');
    expect(paper.authors).toEqual(['Zed Zero']);
    expect(paper.abstract!.startsWith('An abstract with')).toBe(true);
    expect(readBack(renderPaperMarkdown(paper))).toEqual(paper);
  });
});

describe('enormous input', () => {
  const big = generateWords(5 * 1024 * 1024);

  test('keeps a 5 MB abstract whole in an HTML page, a text copy, a feed and a mailing', { timeout: BIG_INPUT_TIMEOUT }, () => {
    const wrapped = big.replace(EVERY_EIGHTH_SPACE, '$1\n');
    const cases = [
      { file: HTML, id: '2604.09005', text: siteText(HTML).replace('Nested <span>', `${big} Nested <span>`), expected: `${big} Nested ten levels deep and never closed` },
      { file: TEXT, id: '2604.09103', text: siteText(TEXT).replace('An abstract with', `${big}\nAn abstract with`), expected: `${big}\n\n${paperOf(accepted, '2604.09103').abstract}` },
      { file: RSS, id: '2604.09202', text: siteText(RSS).replace('A first paragraph', `${big} A first paragraph`), expected: `${big} ${paperOf(accepted, '2604.09202').abstract}` },
      { file: MAILING, id: '2604.09302', text: siteText(MAILING).replace('  Cross-listed abstract', `  ${wrapped}\nCross-listed abstract`), expected: `${big} ${paperOf(accepted, '2604.09302').abstract}` },
    ];
    for (const { file, id, text, expected } of cases) {
      const result = ingest([siteFile(file, utf8(text))]);
      expect(result.errorCount).toBe(0);
      expect(paperOf(result, id).abstract === expected, `${file}: the 5 MB abstract came back changed`).toBe(true);
    }
  });

  test('writes a 5 MB abstract as Markdown that reads back whole', { timeout: BIG_INPUT_TIMEOUT }, () => {
    const paper: Paper = { ...paperOf(accepted, '2604.09005'), abstract: `${big}\n\n<script>${PWN}</script>` };
    const back = readBack(renderPaperMarkdown(paper));
    expect(back.abstract === paper.abstract).toBe(true);
  });

  test('keeps 10,000 nested braces of TeX verbatim and renders them as the escaped TeX', () => {
    const deep = `Deep: $${'{'.repeat(10_000)}x${'}'.repeat(10_000)}$ and <script>${PWN}</script>.`;
    const result = ingest([siteFile(TEXT, utf8(siteText(TEXT).replace('An abstract with', `${deep}\nAn abstract with`)))]);
    const paper = paperOf(result, '2604.09103');
    expect(paper.abstract).toBe(`${deep}\n\n${paperOf(accepted, '2604.09103').abstract}`);
    expect(readBack(renderPaperMarkdown(paper))).toEqual(paper);
    expect(renderAbstractParagraphHtml(deep)).toBe(escapeHtml(deep));
  });

  test('reads a page opened inside 50,000 <div> elements that are never closed', { timeout: DEEP_NESTING_TIMEOUT }, () => {
    const text = siteText(HTML).replace("<dl id='articles'>", `${'<div>'.repeat(FIFTY_THOUSAND)}<dl id='articles'>`).replace(FROM_BODY_END, '');
    const result = ingest([siteFile(HTML, utf8(text))]);
    expect(result.diagnostics).toEqual([]);
    expect(result.papers).toEqual(ingest([siteFile(HTML)]).papers);
  });

  test('ends an HTML abstract where a <div> opens inside it, as browsers do, even 50,000 deep', { timeout: DEEP_NESTING_TIMEOUT }, () => {
    const nested = `${'<div>'.repeat(FIFTY_THOUSAND)}deep${'</div>'.repeat(FIFTY_THOUSAND)}`;
    const result = ingest([siteFile(HTML, utf8(siteText(HTML).replace('Nested <span>', `Nested ${nested} and <span>`)))]);
    expect(result.diagnostics).toEqual([]);
    expect(paperOf(result, '2604.09005').abstract).toBe('Nested');
    expect(result.papers).toHaveLength(5);
  });

  test('loses no entry of a feed with 50,000 nested elements in a description: it is a paper or the file is refused', () => {
    const nested = `${'<div>'.repeat(FIFTY_THOUSAND)}x${'</div>'.repeat(FIFTY_THOUSAND)}`;
    const file = siteFile(RSS, utf8(siteText(RSS).replace('<description>arXiv:2604.09202v2', `<description>${nested}arXiv:2604.09202v2`)));
    const result = ingestListingFiles([file]);
    const ids = result.papers.map((p) => p.id);
    expect(result.errorCount > 0 || (ids.includes('2604.09201') && ids.includes('2604.09202'))).toBe(true);
    for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
  });

  test('parseArxivRss and parseArxivApiAtom return diagnostics, not a stack overflow, on 50,000 nested elements', () => {
    const nested = `${'<div>'.repeat(FIFTY_THOUSAND)}x${'</div>'.repeat(FIFTY_THOUSAND)}`;
    const rss = siteText(RSS).replace('<description>arXiv:2604.09202v2', `<description>${nested}arXiv:2604.09202v2`);
    const atom = readFileSync(path.join(LISTINGS_DIR, 'atom/api-id_list_old-style-ids.xml'), 'utf8').replace('<summary>', `<summary>${nested}`);
    expect(() => parseArxivRss(rss)).not.toThrow();
    expect(() => parseArxivApiAtom(atom)).not.toThrow();
  });
});

describe('Unicode line separators inside a field', () => {
  test('keeps a mailing field whose value holds U+2028 LINE SEPARATOR', () => {
    const listing = parseArxivMailing(siteText(MAILING).replace('Journal-ref: ? complex : key', 'Journal-ref: ? complex\u2028: key'));
    expect(listing.entries.find((e) => e.id === '2604.09302')?.journalRef).toBe('? complex : key');
    expect(listing.diagnostics).toEqual([]);
  });
});

interface RejectedCase {
  name: string;
  /** The file under src/__fixtures__/hostile/, or a generated one placed there. */
  file: string;
  bytes?: Uint8Array;
  /** Every diagnostic ingest reports for the file, as `line: severity: message`. */
  diagnostics: string[];
}

const NOT_AN_ID = '(expected e.g. 2509.16407, 0704.0001 or hep-th/9901001v1); the entry is skipped';

/** An HTML entry with no id whose abstract is control characters only: nothing to derive an id from. */
const controlOnlyAbstract = siteText(HTML)
  .replace(FIFTH_ENTRY_ID_LINK, '')
  .replace(FIFTH_ENTRY_ABSTRACT, '&#1;&#7;&#27;');

const REJECTED: RejectedCase[] = [
  {
    name: 'an HTML page whose ids climb out of the papers folder',
    file: 'html-path-ids/cs.CR/2026-04-13.html',
    diagnostics: [`22: error: "../../etc/passwd" is not an arXiv id ${NOT_AN_ID}`, `45: error: "2509.16407/../x" is not an arXiv id ${NOT_AN_ID}`],
  },
  {
    name: 'a text copy whose ids climb out of the papers folder',
    file: 'text-path-ids/cs.CR/2026-04-14.txt',
    diagnostics: [
      `14: error: "../../etc/passwd" is not an arXiv id ${NOT_AN_ID}`,
      `21: error: "2509.16407/../x" is not an arXiv id ${NOT_AN_ID}`,
      `28: error: "..\\..\\windows\\win.ini" is not an arXiv id ${NOT_AN_ID}`,
    ],
  },
  {
    name: 'a feed whose ids climb out of the papers folder',
    file: 'rss-path-ids/cs.CR/2026-04-15.xml',
    diagnostics: [`9: error: "../../etc/passwd" is not an arXiv id ${NOT_AN_ID}`, `20: error: "2509.16407v1/../x" is not an arXiv id ${NOT_AN_ID}`],
  },
  {
    name: 'a mailing whose ids climb out of the papers folder',
    file: 'mailing-path-ids/cs/2026-04-16.txt',
    diagnostics: [`5: error: "../../etc/passwd" is not an arXiv id ${NOT_AN_ID}`, `16: error: "2509.16407/../x" is not an arXiv id ${NOT_AN_ID}`],
  },
  {
    name: 'one id listed twice in a file with conflicting metadata',
    file: 'duplicate-conflicting/cs.CR/2026-04-17.txt',
    diagnostics: [
      '21: error: arXiv:2604.09401 is listed again (first at line 14) with a different title, authors, abstract: keep the entry arXiv printed and delete the other',
    ],
  },
  {
    name: 'an HTML page cut off inside an unclosed entry',
    file: 'truncated-html/cs.CR/2026-04-20.html',
    diagnostics: [
      '11: error: Total: the page prints 3 entries but 2 were found: the saved /new page is incomplete; save the whole page again',
      '19: error: New submissions: the page prints 3 entries but 2 were found: the saved /new page is incomplete; save the whole page again',
    ],
  },
  {
    name: 'a mailing whose abstract holds a line like its record separator',
    file: 'mailing-rule-in-abstract/cs/2026-04-24.txt',
    diagnostics: [
      '5: error: The record for arXiv:2604.09701 starting here has no closing "\\\\ ( https://arxiv.org/abs/… )" line; the mailing looks truncated. Save the complete e-mail and ingest it again.',
    ],
  },
  {
    name: 'a feed cut off inside an item',
    file: 'rss-truncated/cs.CR/2026-04-27.xml',
    diagnostics: [
      '7: error: The <item> starting here is never closed: the feed looks truncated. Download it again in full.',
      '7: error: This <item> has no arXiv id: neither an "oai:arXiv.org:ID" <guid> nor a description starting "arXiv:ID Announce Type:".',
      '7: error: an entry with neither an arXiv id nor an abstract cannot be archived',
      '7: warning: This <item> has no <arxiv:announce_type>, so its section (new, cross-list, replacement) is unknown.',
    ],
  },
  {
    name: 'a PHP file posing as a listing',
    file: 'unknown-format/cs.CR/2026-04-28.html',
    diagnostics: [
      '1: error: unknown format: not an arXiv listing page (HTML or text copy), RSS/Atom feed, API response or mailing; see CONTRIBUTING.md for what to save',
    ],
  },
  { name: 'an empty file', file: 'empty/cs.CR/2026-04-29.txt', diagnostics: ['1: error: the file is empty: save the listing page again'] },
  {
    name: 'a file of white space and mixed line endings',
    file: 'whitespace-only/cs.CR/2026-04-30.txt',
    diagnostics: ['1: error: the file holds only white space: save the listing page again'],
  },
  {
    name: 'a text copy holding a NUL byte',
    file: 'nul-byte/cs.CR/2026-05-01.txt',
    diagnostics: ['15: error: the file is binary (NUL byte), not a listing: save the page as HTML or text'],
  },
  {
    name: 'a text copy saved as UTF-16 without a byte order mark',
    file: 'utf16-without-bom/cs.CR/2026-05-04.txt',
    diagnostics: ['1: error: the file is binary (NUL byte), not a listing: save the page as HTML or text'],
  },
  {
    name: 'an entry with no id whose abstract is control characters only',
    file: 'control-only-abstract/cs.CR/2026-04-06.html',
    bytes: utf8(controlOnlyAbstract),
    diagnostics: [
      '171: error: an entry with neither an arXiv id nor an abstract cannot be archived',
      '171: error: entry <dt> has no arXiv identifier: expected a link such as <a href="/abs/2405.03627">arXiv:2405.03627</a>; the entry is kept without an id',
    ],
  },
];

const rejectedFile = (c: RejectedCase) => hostileFile(c.file, c.bytes);

describe('hostile listings that are refused', () => {
  test.each(REJECTED)('refuses $name with the line of each problem', (rejected) => {
    const file = rejectedFile(rejected);
    const result = ingest([file]);
    expect(printed(result)).toEqual(rejected.diagnostics.map((d) => `${file.source}:${d}`));
    expect(result.errorCount).toBeGreaterThan(0);
  });

  test('holds exactly the committed cases in src/__fixtures__/hostile', () => {
    const committed = readdirSync(HOSTILE_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(HOSTILE_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
    expect(committed).toEqual(REJECTED.filter((c) => !c.bytes).map((c) => c.file).sort());
  });

  test('reports every problem of every refused file in one run, stopping at none', () => {
    const files = REJECTED.map(rejectedFile);
    const result = ingest(files);
    const expected = REJECTED.flatMap((c, i) => c.diagnostics.map((d) => `${files[i]!.source}:${d}`));
    expect([...printed(result)].sort()).toEqual([...expected].sort());
    for (const report of result.reports) expect(report.errors, report.source).toBeGreaterThan(0);
  });

  test('never writes a paper outside the papers folder, whatever its id', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'folio-hostile-'));
    try {
      const out = path.join(dir, 'generated');
      for (const id of ['../../etc/passwd', '2509.16407/../x', '..', 'a/b/c', '.hidden', 'x\u0000y']) {
        const paper: Paper = { id, authors: [], categories: [], announcements: [], sources: [], unidentified: false };
        await expect(writeCollection(out, [paper], [])).rejects.toThrow(/refusing to write paper id/);
      }
      expect(await readdir(dir)).toEqual([]);
      expect(existsSync(path.join(dir, 'etc'))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
