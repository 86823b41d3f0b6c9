// The content-layer loader of the generated papers: reads each Markdown file's front matter and
// keeps its body as written. Astro's glob loader would also render every body to HTML during
// content sync, which the pages never use (they render abstracts themselves, TeX to MathML) and
// which costs minutes at 100k papers. Unchanged files (same digest) are not parsed again.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from 'astro/markdown';

/** How many files are read at once: enough to keep the disk busy, few enough to bound memory. */
const READ_BATCH = 256;

export function paperMarkdownLoader(papersDir: string): Loader {
  return {
    name: 'folio-paper-markdown',
    load: async ({ store, parseData, generateDigest }) => {
      const names = (await readdir(papersDir).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort();
      const seen = new Set<string>();
      for (let i = 0; i < names.length; i += READ_BATCH) {
        const batch = names.slice(i, i + READ_BATCH);
        const texts = await Promise.all(batch.map((name) => readFile(path.join(papersDir, name), 'utf8')));
        for (const [k, text] of texts.entries()) {
          const filePath = path.join(papersDir, batch[k]!);
          const { frontmatter, content } = parseFrontmatter(text);
          const id = String(frontmatter.id);
          if (seen.has(id)) throw new Error(`${filePath}: a second file for paper ${id}: re-run npm run ingest`);
          seen.add(id);
          const digest = generateDigest(text);
          if (store.get(id)?.digest === digest) continue;
          const data = await parseData({ id, data: frontmatter, filePath });
          store.set({ id, data, body: content, digest });
        }
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
