// The RSS feed of the whole archive: the newest papers by announcement day.
import type { APIContext } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { renderFeed } from '../lib/feed.ts';

export async function GET({ site }: APIContext): Promise<Response> {
  const { papersByRecency } = await getArchive();
  return renderFeed({
    title: 'Folio: newest papers',
    description: 'The newest papers announced on arXiv, as archived by Folio.',
    site,
    papers: papersByRecency,
  });
}
