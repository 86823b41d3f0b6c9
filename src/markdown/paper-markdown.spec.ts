import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { paperSchema, type Paper } from '../archive/paper.ts';
import { readAbstractParagraphs, renderPaperMarkdown } from './paper-markdown.ts';

const paper: Paper = paperSchema.parse({
  id: '2509.16407',
  version: 2,
  title: 'WarpSpeed: *fast* _hash_ tables # at $O(1)$',
  authors: ['Kurt Gödel', "O'Brien: \"the\" - author", 'no'],
  primaryCategory: 'cs.DC',
  categories: ['cs.DC', 'cs.DS'],
  comments: '---\n12 pages',
  announcements: [{ date: '2025-09-23', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2025-09-23.txt' }],
});

/** Reads a written file back the way Astro's content layer does, then through the same schema. */
function readBack(markdown: string): Paper {
  const { frontmatter, content } = parseFrontmatter(markdown);
  const abstract = readAbstractParagraphs(content).join('\n\n');
  return { ...paperSchema.parse(frontmatter), ...(abstract ? { abstract } : {}) };
}

describe('renderPaperMarkdown', () => {
  test('writes front matter that Astro reads back to the same fields', () => {
    const withAbstract = { ...paper, abstract: 'A *b* <script>alert(1)</script> $2.9\\times$\n\n- [x](javascript:y) `z`' };
    expect(readBack(renderPaperMarkdown(withAbstract))).toEqual(withAbstract);
  });

  test('quotes dates and YAML 1.1 booleans so they stay strings', () => {
    const markdown = renderPaperMarkdown(paper);
    expect(markdown).toContain('date: "2025-09-23"');
    expect(markdown).toContain('- "no"');
  });

  test('escapes Markdown in the abstract body', () => {
    const markdown = renderPaperMarkdown({ ...paper, abstract: '# Not a heading *nor emphasis*' });
    expect(markdown.split('---\n').at(-1)).toBe('\\# Not a heading \\*nor emphasis\\*\n');
  });

  test('is byte-identical for the same paper', () => {
    expect(renderPaperMarkdown(structuredClone(paper))).toBe(renderPaperMarkdown(paper));
  });

  test('writes a paper with no abstract as front matter only', () => {
    expect(renderPaperMarkdown(paper).endsWith('---\n')).toBe(true);
    expect(readBack(renderPaperMarkdown(paper))).toEqual(paper);
  });
});
