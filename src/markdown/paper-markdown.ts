// Paper <-> Markdown text: YAML front matter through `yaml`, the abstract as the body through
// remark, so every character a listing holds is escaped by a serializer, never by a template.
import { stringify as stringifyYaml } from 'yaml';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkParse from 'remark-parse';
import type { Paragraph, Root } from 'mdast';
import type { Paper, PaperData } from '../archive/paper.ts';

/** Front matter keys in the order they are written: identity, then bibliographic fields, then provenance. */
const FRONT_MATTER_KEYS = [
  'id',
  'version',
  'title',
  'authors',
  'primaryCategory',
  'categories',
  'comments',
  'journalRef',
  'doi',
  'mscClass',
  'acmClass',
  'links',
  'announcements',
  'sources',
  'unidentified',
] as const satisfies readonly (keyof PaperData)[];

const markdownWriter = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true });
const markdownReader = unified().use(remarkParse);

/** Renders one paper as a Markdown file: front matter plus the abstract, byte-identical for the same paper. */
export function renderPaperMarkdown(paper: Paper): string {
  const frontMatter: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_KEYS) {
    const value = paper[key];
    if (value !== undefined) frontMatter[key] = value;
  }
  // YAML 1.1 quoting: Astro reads front matter with js-yaml, which would turn an unquoted
  // 2025-09-23 into a Date and `no` into false; 1.1 output quotes every such string.
  const yaml = stringifyYaml(frontMatter, { version: '1.1', lineWidth: 0, sortMapEntries: false });
  const body = paper.abstract ? renderAbstractMarkdown(paper.abstract) : '';
  return `---\n${yaml}---\n${body}`;
}

/** The abstract as Markdown: one paragraph per blank-line-separated paragraph, every character escaped. */
export function renderAbstractMarkdown(abstract: string): string {
  const tree: Root = {
    type: 'root',
    children: abstract.split('\n\n').map((text): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  return markdownWriter.stringify(tree);
}

/** Reads the abstract back from a paper's Markdown body: its paragraphs as plain text. */
export function readAbstractParagraphs(body: string): string[] {
  const tree = markdownReader.parse(body) as Root;
  return tree.children.flatMap((node) => (node.type === 'paragraph' ? [collectText(node)] : []));
}

function collectText(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map((child) => collectText(child as typeof node)).join('');
}
