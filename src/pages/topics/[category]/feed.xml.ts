// The RSS feed of one topic: its newest papers by announcement day.
import type { APIContext, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import type { Topic } from '../../../lib/archive-index.ts';
import { renderFeed } from '../../../lib/feed.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getArchive();
  return topics.map((topic) => ({ params: { category: topic.code }, props: { topic } }));
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ topic: Topic }>): Promise<Response> {
  const { topic } = props;
  const name = topic.name === topic.code ? topic.code : `${topic.name} (${topic.code})`;
  return renderFeed({
    title: `Folio: ${name}`,
    description: `The newest papers in ${name} announced on arXiv, as archived by Folio.`,
    site,
    papers: topic.papers,
  });
}
