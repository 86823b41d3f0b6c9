// Reports how long `astro build` took and the most memory the process held, so a growing
// archive shows its cost in every build log: "built N pages in X s, peak memory Y MB".
import type { AstroIntegration } from 'astro';

export default function buildStats(): AstroIntegration {
  let startedAt = 0;
  return {
    name: 'folio:build-stats',
    hooks: {
      'astro:build:start': () => {
        startedAt = performance.now();
      },
      'astro:build:done': ({ pages, logger }) => {
        const now = performance.now();
        const seconds = (now - startedAt) / 1000;
        // performance.now() counts from process start, so it also covers the content sync before build:start.
        const totalSeconds = now / 1000;
        // maxRSS is the process's high-water mark in kilobytes: no sampling can miss a peak.
        const peakMegabytes = process.resourceUsage().maxRSS / 1024;
        logger.info(
          `built ${pages.length} pages in ${seconds.toFixed(1)} s (${totalSeconds.toFixed(1)} s since the command started), peak memory ${Math.round(peakMegabytes)} MB`,
        );
      },
    },
  };
}
