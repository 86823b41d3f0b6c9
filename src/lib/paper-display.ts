// How a paper is named and described on the pages: its heading (a title, or an honest label
// for an entry arXiv printed without one), its abstract paragraphs, the listing section names.
import type { Announcement, PaperData } from '../archive/paper.ts';
import { readAbstractParagraphs } from '../markdown/paper-markdown.ts';
import { renderTitleHtml, escapeHtml } from './render-text.ts';
import { toPlainText, truncatePlainText } from './plain-text.ts';

/** How long a quoted abstract opening may be when it stands in for a missing title. */
const QUOTED_OPENING_LENGTH = 72;

export const SECTION_NAMES: Readonly<Record<Announcement['type'], { heading: string; singular: string }>> = {
  new: { heading: 'New submissions', singular: 'New submission' },
  cross: { heading: 'Cross-lists', singular: 'Cross-list' },
  replacement: { heading: 'Replacements', singular: 'Replacement' },
};

export const UNIDENTIFIED_NOTICE = 'arXiv did not print an id for this entry; it is identified here by its abstract.';

export interface PaperHeading {
  /** For `<title>`, feeds and link text checks: TeX as written. */
  plain: string;
  /** For the page: TeX as MathML. */
  html: string;
}

/** The paper's abstract as plain paragraphs, read from the Markdown body. */
export function getAbstractParagraphs(body: string | undefined): string[] {
  return body ? readAbstractParagraphs(body) : [];
}

/**
 * The title, or for an entry printed without one a label that says so: an unidentified entry
 * is named by the opening of its abstract (quoted), an identified one by its arXiv id.
 */
export function getPaperHeading(paper: { data: Pick<PaperData, 'id' | 'title' | 'unidentified'>; body?: string }): PaperHeading {
  const { title, id, unidentified } = paper.data;
  if (title !== undefined) {
    const plain = toPlainText(title);
    return { plain, html: renderTitleHtml(plain) };
  }
  if (!unidentified) {
    const plain = `arXiv:${id}`;
    return { plain, html: escapeHtml(plain) };
  }
  const opening = getAbstractParagraphs(paper.body)[0];
  if (!opening) return { plain: 'Untitled entry', html: 'Untitled entry' };
  const quoted = truncatePlainText(opening, QUOTED_OPENING_LENGTH);
  return { plain: `Untitled entry: “${quoted}”`, html: `Untitled entry: “${renderTitleHtml(quoted)}”` };
}
