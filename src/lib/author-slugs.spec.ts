import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { assignAuthorSlugs, slugifyAuthorName } from './author-slugs.ts';

describe('slugifyAuthorName', () => {
  test('lowercases, joins words with hyphens and drops punctuation', () => {
    expect(slugifyAuthorName('Juan M. Maldacena')).toBe('juan-m-maldacena');
    expect(slugifyAuthorName("Conan O'Brien")).toBe('conan-obrien');
  });

  test('folds accents of decoded TeX names', () => {
    expect(slugifyAuthorName('Édouard Brézin')).toBe('edouard-brezin');
    expect(slugifyAuthorName('Zoë Ångström')).toBe('zoe-angstrom');
  });

  test('keeps letters of scripts without accents', () => {
    expect(slugifyAuthorName('王小明')).toBe('王小明');
  });

  test('gives a name with nothing sluggable a stable hash-based slug', () => {
    expect(slugifyAuthorName('...')).toBe('author-ab5df625bc');
    expect(slugifyAuthorName('—')).toMatch(/^author-[0-9a-f]{10}$/);
    expect(slugifyAuthorName('—')).not.toBe(slugifyAuthorName('...'));
  });
});

describe('assignAuthorSlugs', () => {
  test('gives names that slug alike their own slugs, in sorted name order', () => {
    const slugs = assignAuthorSlugs(['José Müller', 'Jose Muller', 'José  Müller', 'Jose-Muller']);
    expect(Object.fromEntries(slugs)).toEqual({
      'Jose Muller': 'jose-muller',
      'Jose-Muller': 'jose-muller-2',
      'José  Müller': 'jose--muller',
      'José Müller': 'jose-muller-3',
    });
  });

  test('does not depend on the order the names come in', () => {
    const names = ['B', 'b', 'A', 'a', 'b-2'];
    expect(assignAuthorSlugs(names)).toEqual(assignAuthorSlugs([...names].reverse()));
  });

  test('steps over a suffixed slug another name already has', () => {
    expect(Object.fromEntries(assignAuthorSlugs(['A 2', 'A', 'a']))).toEqual({ A: 'a', 'A 2': 'a-2', a: 'a-3' });
  });

  test('never gives two names the same slug', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'A', 'é', ' ', '-', '.', '2', '—') })), (names) => {
        const slugs = assignAuthorSlugs(names);
        expect(slugs.size).toBe(new Set(names).size);
        expect(new Set(slugs.values()).size).toBe(slugs.size);
        for (const s of slugs.values()) expect(s).toMatch(/^[^\s/]+$/);
      }),
    );
  });
});
