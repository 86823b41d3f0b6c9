import { describe, expect, test } from 'vitest';
import { paperSchema } from '../archive/paper.ts';
import { renderAbstractMarkdown } from '../markdown/paper-markdown.ts';
import { getAbstractParagraphs, getPaperHeading } from './paper-display.ts';

describe('getPaperHeading', () => {
  test('renders a title’s TeX and keeps it as written in the plain text', () => {
    const data = paperSchema.parse({ id: 'hep-th/9901001', title: 'Large  $N$ limits' });
    expect(getPaperHeading({ data })).toEqual({ plain: 'Large $N$ limits', html: 'Large <math><mi>N</mi></math> limits' });
  });

  test('names an untitled identified paper by its id', () => {
    expect(getPaperHeading({ data: paperSchema.parse({ id: '2509.16407' }) })).toEqual({ plain: 'arXiv:2509.16407', html: 'arXiv:2509.16407' });
  });

  test('names an unidentified entry by quoting the opening of its abstract', () => {
    const data = paperSchema.parse({ id: 'unidentified-3f9a1c2b7d4e', unidentified: true });
    const body = renderAbstractMarkdown('Privacy-preserving federated averaging is a central approach for protecting client privacy in federated learning.');
    expect(getPaperHeading({ data, body }).plain).toBe('Untitled entry: “Privacy-preserving federated averaging is a central approach for…”');
  });
});

describe('getAbstractParagraphs', () => {
  test('reads the paragraphs back from the Markdown body, characters intact', () => {
    const abstract = 'First with $2.9\\times$ and *stars* and <b>.\n\nSecond: 34--74\\%.';
    expect(getAbstractParagraphs(renderAbstractMarkdown(abstract))).toEqual(['First with $2.9\\times$ and *stars* and <b>.', 'Second: 34--74\\%.']);
    expect(getAbstractParagraphs(undefined)).toEqual([]);
  });
});
