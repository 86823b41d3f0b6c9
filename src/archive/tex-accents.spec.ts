import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFixture, sharedArxivFixture } from '../__fixtures__/fixtures.ts';
import { decodeTexAccents } from './tex-accents.ts';

const LIST_TITLE = /<div class=['"]list-title mathjax['"]><span class=['"]descriptor['"]>Title:<\/span>\s*([\s\S]*?)\s*<\/div>/g;

/** The titles a real arXiv listing page prints, as their raw text. */
function readListingTitles(page: string): string[] {
  return [...readFixture(sharedArxivFixture(page)).matchAll(LIST_TITLE)].map((match) => match[1]!);
}

describe('decodeTexAccents', () => {
  test('decodes each accent command in its bare, braced and grouped forms', () => {
    const expected: Record<string, string> = {
      '\\"o': 'ö',
      '\\"{o}': 'ö',
      '{\\"o}': 'ö',
      '{\\"{o}}': 'ö',
      "\\'e": 'é',
      '\\`a': 'à',
      '\\^o': 'ô',
      '\\~n': 'ñ',
      '\\=a': 'ā',
      '\\.z': 'ż',
      '\\u{g}': 'ğ',
      '\\v{c}': 'č',
      '\\v c': 'č',
      '\\H{o}': 'ő',
      '\\c{c}': 'ç',
      '\\k{a}': 'ą',
      '\\r{a}': 'å',
      '\\d{a}': 'ạ',
      "\\'E": 'É',
      '\\v{S}': 'Š',
    };
    for (const [tex, unicode] of Object.entries(expected)) expect(decodeTexAccents(tex), tex).toBe(unicode);
  });

  test('decodes the letters that have commands of their own', () => {
    const expected: Record<string, string> = {
      '\\aa': 'å',
      '{\\aa}': 'å',
      '\\AA': 'Å',
      '\\o': 'ø',
      '{\\o}': 'ø',
      '\\O': 'Ø',
      '\\ae': 'æ',
      '\\AE': 'Æ',
      '\\oe': 'œ',
      '\\OE': 'Œ',
      '\\ss': 'ß',
      '\\l': 'ł',
      '\\L': 'Ł',
      '\\i': 'ı',
    };
    for (const [tex, unicode] of Object.entries(expected)) expect(decodeTexAccents(tex), tex).toBe(unicode);
  });

  test('puts an accent on a dotless i as on a plain i', () => {
    expect(decodeTexAccents("Mart\\'\\i nez")).toBe('Martínez');
    expect(decodeTexAccents("Mart\\'\\i{}nez")).toBe('Martínez');
    expect(decodeTexAccents("Mart\\'{\\i}nez")).toBe('Martínez');
    expect(decodeTexAccents("Mart{\\'\\i}nez")).toBe('Martínez');
    // TeX ends a control word at the space and drops it, so the name stays one word.
    expect(decodeTexAccents('Ata\\"\\i de')).toBe('Ataïde');
    expect(decodeTexAccents('\\i\\j')).toBe('ıȷ');
  });

  test('keeps TeX accents decoded in author names', () => {
    expect(decodeTexAccents('Paul Erd{\\H o}s')).toBe('Paul Erdős');
    expect(decodeTexAccents('Erwin Schr\\"{o}dinger')).toBe('Erwin Schrödinger');
    expect(decodeTexAccents('Kurt G\\"odel, Anders {\\AA}ngstr\\"om')).toBe('Kurt Gödel, Anders Ångström');
    expect(decodeTexAccents('S{\\o}ren Kierkegaard and Bj\\o rn Borg')).toBe('Søren Kierkegaard and Bjørn Borg');
    expect(decodeTexAccents('Ji\\v{r}\\\'i Mat{\\v{e}}j, Stanis{\\l}aw {\\L}ojasiewicz')).toBe('Jiří Matěj, Stanisław Łojasiewicz');
    expect(decodeTexAccents('Stra\\ss{}e, Nguy\\~{\\^e}n')).toBe('Straße, Nguyễn');
  });

  test('returns NFC: one precomposed code point per accented letter', () => {
    const decoded = decodeTexAccents('Erd\\H{o}s \\v{C}ech \\k{e}');
    expect(decoded).toBe('Erd\u0151s \u010Cech \u0119');
    expect(decoded).toBe(decoded.normalize('NFC'));
    expect(decodeTexAccents('\\v{x}')).toBe('x\u030C');
  });

  test('decodes the accents in real arXiv titles and leaves their math alone', () => {
    const titles = readListingTitles('html/list-pastweek_astro-ph_2024-11-22.html');
    const decoded = new Map(titles.map((title) => [title, decodeTexAccents(title)]));
    expect(decoded.get('It\\^{o}, Stratonovich, and zoom-in schemes in stochastic inflation')).toBe(
      'Itô, Stratonovich, and zoom-in schemes in stochastic inflation',
    );
    expect(decoded.get('131 and 304 {\\AA} Emission Variability Increases Hours Prior to Solar Flare Onset')).toBe(
      '131 and 304 Å Emission Variability Increases Hours Prior to Solar Flare Onset',
    );
    expect(
      decoded.get('EELG1002: A Record-Breaking [OIII]+H$\\beta$ EW $\\sim 3700$\\AA~Galaxy at $z \\sim 0.8$ -- Analog of Early Galaxies?'),
    ).toBe('EELG1002: A Record-Breaking [OIII]+H$\\beta$ EW $\\sim 3700$Å~Galaxy at $z \\sim 0.8$ -- Analog of Early Galaxies?');
    const unchanged = [
      'Towards a precision calculation of $N_{\\rm eff}$ in the Standard Model IV: Impact of positronium formation',
      'Modified gravity from Weyl connection and the $f(R,\\cal{A})$ extension',
      'Quantitative constraint on the contribution of resolved gamma-ray sources to the sub-PeV Galactic diffuse gamma-ray flux measured by the Tibet AS{\\gamma} experiment',
    ];
    for (const title of unchanged) expect(decoded.get(title), title).toBe(title);
  });

  test('leaves math untouched, accents inside it included', () => {
    for (const math of ['$\\alpha$', '$\\ddot{x}$', '$\\"o$', '$$\\"{a} + \\v{c}$$', '\\(\\\'e\\)', '\\[\\H{o}\\]', '$\\{\\"o\\}$']) {
      expect(decodeTexAccents(math), math).toBe(math);
    }
    expect(decodeTexAccents('$\\"o$ and \\"o and $x$')).toBe('$\\"o$ and ö and $x$');
    expect(decodeTexAccents('costs \\$5 for G\\"odel')).toBe('costs \\$5 for Gödel');
  });

  test('leaves unknown commands, their arguments and other braces alone', () => {
    const untouched = [
      'Lyman-{\\alpha} forest',
      '{\\em i)} the square-root behavior',
      '{\\bf x} and \\textbf{y}',
      '\\oex \\vec{v} \\cite{a} \\ssx',
      "Mart\\'\\inez",
      '\\"{} \\v{} \\^{\\alpha} \\"1 \\\'',
      '\\url{http://example.org/\\~user}',
      'a \\\\ b \\{c\\} \\& d',
      'trailing \\',
    ];
    for (const text of untouched) expect(decodeTexAccents(text), text).toBe(text);
    expect(decodeTexAccents('\\emph{Schr\\"odinger} {Schr\\"odinger}')).toBe('\\emph{Schrödinger} {Schrödinger}');
    expect(decodeTexAccents('\\emph{\\"o} \\foo {\\"a}{\\"u}')).toBe('\\emph{ö} \\foo {ä}{ü}');
  });

  test('returns a string without backslashes as it is', () => {
    const text = 'Erd{o}s $x$ {Schrodinger}';
    expect(decodeTexAccents(text)).toBe(text);
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\\')),
        (s) => decodeTexAccents(s) === s,
      ),
    );
  });

  test('gives the same text when run twice as when run once', () => {
    for (const text of ['Erd{\\H o}s', '{{\\"o}}', '\\"{{\\"o}}', '\\\\"o', '\\{\\"o}', 'Bj\\o rn', '\\"{a\\"o}', '\\s\\"s', '\\ov\\"\\H H', '\\a\\"\\H H']) {
      const once = decodeTexAccents(text);
      expect(decodeTexAccents(once), text).toBe(once);
    }
    const tokens = ['\\', '"', "'", '^', 'v', 'H', 'o', 'i', 'a', 's', ' ', '{', '}', '$', '(', ')', '\\\\', '\\o', '\\i', '\\ss', '\\aa', '\\"', '\\H ', 'ö'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 24 }), (parts) => {
        const once = decodeTexAccents(parts.join(''));
        return decodeTexAccents(once) === once;
      }),
      { numRuns: 2000 },
    );
  });
});
