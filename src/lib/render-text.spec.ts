import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { load } from 'cheerio';
import {
  escapeHtml,
  isRenderableTex,
  linkUrlsInText,
  renderAbstractParagraphHtml,
  renderFieldHtml,
  renderTitleHtml,
  splitTex,
} from './render-text.ts';

const REL = 'rel="nofollow noopener noreferrer"';

describe('escapeHtml', () => {
  test('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('splitTex', () => {
  test('finds inline, display and parenthesised math between plain runs', () => {
    expect(splitTex('a $x$ b $$y$$ c \\(z\\) d \\[w\\]')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'math', tex: 'x', display: false, raw: '$x$' },
      { kind: 'text', text: ' b ' },
      { kind: 'math', tex: 'y', display: true, raw: '$$y$$' },
      { kind: 'text', text: ' c ' },
      { kind: 'math', tex: 'z', display: false, raw: '\\(z\\)' },
      { kind: 'text', text: ' d ' },
      { kind: 'math', tex: 'w', display: true, raw: '\\[w\\]' },
    ]);
  });

  test('reads \\$ as a literal dollar, outside math and inside it', () => {
    expect(splitTex('costs \\$5, or $\\$x$')).toEqual([
      { kind: 'text', text: 'costs $5, or ' },
      { kind: 'math', tex: '\\$x', display: false, raw: '$\\$x$' },
    ]);
  });

  test('keeps an unbalanced dollar as text', () => {
    expect(splitTex('adding up to $258 monthly')).toEqual([{ kind: 'text', text: 'adding up to $258 monthly' }]);
  });

  test('does not pair two prices into a formula', () => {
    expect(splitTex('between $5 and $10 per hour')).toEqual([{ kind: 'text', text: 'between $5 and $10 per hour' }]);
  });

  test('keeps empty delimiters as text', () => {
    expect(splitTex('$$ $$ and $ $ and \\(\\)')).toEqual([{ kind: 'text', text: '$$ $$ and $ $ and \\(\\)' }]);
  });

  test('keeps other backslash escapes as written', () => {
    expect(splitTex('34--74\\% and a\\\\b')).toEqual([{ kind: 'text', text: '34--74\\% and a\\\\b' }]);
  });

  test('keeps every character in order, dropping only the backslash of \\$', () => {
    const withoutBackslashes = (text: string): string => text.replaceAll('\\', '');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '\\', '(', ')', 'x', ' ', '1', '[', ']') }), (text) => {
        const joined = splitTex(text)
          .map((s) => (s.kind === 'text' ? s.text : s.raw))
          .join('');
        expect(withoutBackslashes(joined)).toBe(withoutBackslashes(text));
      }),
    );
  });
});

describe('renderTitleHtml', () => {
  test('turns TeX into MathML and escapes the rest', () => {
    expect(renderTitleHtml('Large $N$ limits & <b>bold</b>')).toBe('Large <math><mi>N</mi></math> limits &amp; &lt;b&gt;bold&lt;/b&gt;');
  });

  test('renders \\(…\\) as inline math', () => {
    expect(renderTitleHtml('\\(AdS_5\\) supergravity')).toBe(
      '<math><mrow><mi>A</mi><mi>d</mi><msub><mi>S</mi><mn>5</mn></msub></mrow></math> supergravity',
    );
  });

  test('never links URLs, since titles sit inside links', () => {
    expect(renderTitleHtml('A tool at https://example.org')).toBe('A tool at https://example.org');
  });

  test('renders $$…$$ inline rather than as a block', () => {
    expect(renderTitleHtml('$$x$$')).toBe('<math><mi>x</mi></math>');
  });
});

describe('renderAbstractParagraphHtml', () => {
  test('escapes script tags, ampersands and quotes', () => {
    expect(renderAbstractParagraphHtml(`a <script>alert("x")</script> & 'y'`)).toBe(
      'a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  test('renders the seed abstract speedup as MathML', () => {
    expect(renderAbstractParagraphHtml('achieves up to $2.9\\times$ speedups')).toBe(
      'achieves up to <math><mrow><mn>2.9</mn><mo>×</mo></mrow></math> speedups',
    );
  });

  test('falls back to the raw TeX of a failing expression only, next to a good one', () => {
    expect(renderAbstractParagraphHtml('bad $\\frac{1}{$ good $x^2$')).toBe(
      'bad $\\frac{1}{$ good <math><msup><mi>x</mi><mn class="tml-sml-pad">2</mn></msup></math>',
    );
  });

  test('escapes the raw TeX it falls back to', () => {
    expect(renderAbstractParagraphHtml('$\\foo<b>$')).toBe('$\\foo&lt;b&gt;$');
  });

  test('shows \\$ as a dollar and leaves an unbalanced $ alone', () => {
    expect(renderAbstractParagraphHtml('a price of \\$258 and $ alone')).toBe('a price of $258 and $ alone');
  });

  test('wraps display math in a scrolling box', () => {
    expect(renderAbstractParagraphHtml('so $$x$$ holds')).toBe(
      'so <span class="math-display"><math display="block" class="tml-display" style="display:block math;"><mi>x</mi></math></span> holds',
    );
  });

  test('refuses TeX commands that would emit links or HTML', () => {
    expect(renderAbstractParagraphHtml('$\\href{javascript:alert(1)}{x}$')).toBe('$\\href{javascript:alert(1)}{x}$');
    expect(renderAbstractParagraphHtml('$\\htmlClass{x}{y}$')).toBe('$\\htmlClass{x}{y}$');
  });

  test('links bare URLs and leaves sentence punctuation outside the link', () => {
    expect(renderAbstractParagraphHtml('Code: https://github.com/org/repo. More at https://example.org/a?b=1&c=2, too')).toBe(
      `Code: <a href="https://github.com/org/repo" ${REL}>https://github.com/org/repo</a>. More at ` +
        `<a href="https://example.org/a?b=1&amp;c=2" ${REL}>https://example.org/a?b=1&amp;c=2</a>, too`,
    );
  });

  test('keeps balanced parentheses in a URL and drops the one that closes the sentence', () => {
    expect(renderAbstractParagraphHtml('(see https://en.wikipedia.org/wiki/Set_(mathematics)).')).toBe(
      `(see <a href="https://en.wikipedia.org/wiki/Set_(mathematics)" ${REL}>https://en.wikipedia.org/wiki/Set_(mathematics)</a>).`,
    );
  });

  test('does not link javascript: or data: URLs', () => {
    expect(renderAbstractParagraphHtml('javascript:alert(1) and data:text/html,<b>x</b>')).toBe(
      'javascript:alert(1) and data:text/html,&lt;b&gt;x&lt;/b&gt;',
    );
  });

  test('never lets a URL carry a quote into the attribute', () => {
    const html = renderAbstractParagraphHtml('https://example.org/"onmouseover="alert(1)');
    expect(html).toBe(`<a href="https://example.org/" ${REL}>https://example.org/</a>&quot;onmouseover=&quot;alert(1)`);
    expect(load(html)('a').attr('onmouseover')).toBeUndefined();
  });

  test('produces markup whose text is the input with the math replaced, for any input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const $ = load(`<p>${renderAbstractParagraphHtml(text)}</p>`, null, false);
        expect($('script, img, iframe').length).toBe(0);
        $('math').remove();
        const remaining = splitTex(text)
          .map((s) => (s.kind === 'text' ? s.text : isRenderableTex(s.tex) ? '' : s.raw))
          .join('');
        expect($('p').text()).toBe(remaining);
      }),
    );
  });
});

describe('renderFieldHtml', () => {
  test('renders comments with inline math and links', () => {
    expect(renderFieldHtml('14 pages; $\\alpha$-version, code at http://example.org/x;')).toBe(
      `14 pages; <math><mi>α</mi></math>-version, code at <a href="http://example.org/x" ${REL}>http://example.org/x</a>;`,
    );
  });
});

describe('linkUrlsInText', () => {
  test('leaves a scheme without a host as text', () => {
    expect(linkUrlsInText('https://.')).toBe('https://.');
  });
});
