import { describe, expect, test } from 'vitest';
import { toPlainParagraphs, toPlainText, truncatePlainText } from './plain-text.ts';

describe('toPlainText', () => {
  test('collapses white space and keeps TeX and markup characters as written', () => {
    expect(toPlainText('  Large $N$\n limits\tof <b>QCD</b> &amp; \\(x\\) ')).toBe('Large $N$ limits of <b>QCD</b> &amp; \\(x\\)');
  });
});

describe('toPlainParagraphs', () => {
  test('separates paragraphs by one blank line and drops empty ones', () => {
    expect(toPlainParagraphs(['First  $x^2$\nline.', '   ', 'Second.'])).toBe('First $x^2$ line.\n\nSecond.');
  });
});

describe('truncatePlainText', () => {
  test('keeps short text whole', () => {
    expect(truncatePlainText('Privacy-preserving federated averaging', 80)).toBe('Privacy-preserving federated averaging');
  });

  test('cuts long text at a word boundary and marks the cut', () => {
    expect(truncatePlainText('Privacy-preserving federated averaging is a central approach, for sure', 50)).toBe(
      'Privacy-preserving federated averaging is a…',
    );
  });
});
