// Author page slugs: one per printed name (exactly as the front matter holds it), made with
// github-slugger, deterministic and collision-free. Names are sorted first so the same set of
// names always gives the same slugs: the first name keeps the plain slug, later ones that slug
// alike get -2, -3, …; a name with nothing sluggable (only punctuation) gets a hash-based slug.
import { createHash } from 'node:crypto';
import { slug } from 'github-slugger';

const COMBINING_MARKS = /\p{M}+/gu;

/** The slug a name would get on its own, before collisions: accents folded so `José` gives `jose`. */
export function slugifyAuthorName(name: string): string {
  const base = slug(name.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFC'));
  if (base !== '') return base;
  return `author-${createHash('sha256').update(name).digest('hex').slice(0, 10)}`;
}

/** Assigns every distinct name its slug: a map from name to slug, no two names sharing one. */
export function assignAuthorSlugs(names: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(names)].sort(compareCodePoints);
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of sorted) {
    const base = slugifyAuthorName(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    slugs.set(name, candidate);
  }
  return slugs;
}

// Locale-independent, so a build on any machine sorts (and so slugs) the same way.
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
