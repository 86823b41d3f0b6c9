import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as pagefind from 'pagefind';
import { paperSchema, type Paper } from '../archive/paper.ts';
import { writeCollection } from '../markdown/write-collection.ts';
import pagefindIntegration from './pagefind.ts';

vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));

const PAPERS: Paper[] = [
  {
    ...paperSchema.parse({
      id: '2509.16407',
      title: 'WarpSpeed: A High-Performance Library for Concurrent GPU Hash Tables',
      primaryCategory: 'cs.DC',
      categories: ['cs.DC', 'cs.DS'],
      announcements: [{ date: '2025-09-23', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2025-09-23.txt' }],
    }),
    abstract: 'GPU hash tables are increasingly used to accelerate data processing.',
  },
  {
    ...paperSchema.parse({
      id: '2602.24044',
      title: 'Data Driven Optimization of GPU efficiency for Distributed LLM Adapter Serving',
      authors: ['Ferran Agullo', 'Joan Oliveras'],
      primaryCategory: 'cs.DC',
      categories: ['cs.DC', 'cs.AI'],
      announcements: [{ date: '2026-03-02', category: 'cs.DC', type: 'new', source: 'content/listings/cs.DC/2026-03-02.txt' }],
    }),
    abstract: 'Large Language Model (LLM) adapters enable low-cost model specialization.',
  },
];

type MockIndex = { [K in 'addCustomRecord' | 'writeFiles' | 'deleteIndex']: ReturnType<typeof vi.fn> };

let workDir: string;
let generatedDir: string;
let outDir: string;
let index: MockIndex;
let logger: AstroIntegrationLogger;

beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'folio-pagefind-'));
  generatedDir = path.join(workDir, 'generated');
  outDir = path.join(workDir, 'dist');
  await writeCollection(generatedDir, PAPERS, []);
  index = {
    addCustomRecord: vi.fn(async (record: { url: string }) => ({ errors: [], file: { url: record.url, uniqueWords: 10, meta: {} } })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => ({ errors: [], outputPath })),
    deleteIndex: vi.fn(async () => null),
  };
  vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: index as unknown as pagefind.PagefindIndex });
  vi.mocked(pagefind.close).mockResolvedValue(null);
  logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() } as unknown as AstroIntegrationLogger;
});

afterEach(async () => {
  vi.clearAllMocks();
  await rm(workDir, { recursive: true, force: true });
});

/** Runs the integration's hooks in the order `astro build` calls them; `beforeSetup` runs before Astro's output is ready. */
async function runBuild(integration: AstroIntegration, beforeSetup?: () => Promise<void>): Promise<void> {
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:setup']!({ command: 'build', logger });
  await hooks['astro:config:done']!({ config: { base: '/folio/', outDir: pathToFileURL(`${outDir}/`) }, logger });
  await beforeSetup?.();
  await hooks['astro:build:setup']!({ logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), pages: [], logger });
}

describe('pagefindIntegration', () => {
  test('adds one record per paper, writes the index into <outDir>/pagefind and closes Pagefind', async () => {
    await runBuild(pagefindIntegration({ generatedDir }));

    expect(pagefind.createIndex).toHaveBeenCalledExactlyOnceWith({ forceLanguage: 'en' });
    expect(index.addCustomRecord.mock.calls.map(([record]) => [record.url, record.meta.title])).toEqual([
      ['/folio/papers/2602.24044/', 'Data Driven Optimization of GPU efficiency for Distributed LLM Adapter Serving'],
      ['/folio/papers/2509.16407/', 'WarpSpeed: A High-Performance Library for Concurrent GPU Hash Tables'],
    ]);
    expect(index.addCustomRecord.mock.calls[1]![0]).toMatchObject({
      content: expect.stringContaining('GPU hash tables are increasingly used to accelerate data processing.'),
      filters: { category: ['cs.DC', 'cs.DS'], type: ['new'], year: ['2025'] },
      sort: { date: '2025-09-23' },
    });
    expect(index.writeFiles).toHaveBeenCalledExactlyOnceWith({ outputPath: path.join(outDir, 'pagefind') });
    expect(index.deleteIndex).toHaveBeenCalledOnce();
    expect(pagefind.close).toHaveBeenCalledOnce();
    expect(JSON.parse(await readFile(path.join(outDir, 'pagefind', 'folio-shards.json'), 'utf8'))).toEqual({
      shards: [{ path: '', papers: 2, newest: '2026-03-02', oldest: '2025-09-23', years: ['2026', '2025'] }],
    });
    expect(logger.info).toHaveBeenLastCalledWith('indexed 2 papers for search in 1 shard(s)');
  });

  test('builds one index per shard, newest first, each written into its own folder', async () => {
    await runBuild(pagefindIntegration({ generatedDir, shardSizes: { first: 1, rest: 1 } }));

    expect(pagefind.createIndex).toHaveBeenCalledTimes(2);
    expect(index.writeFiles.mock.calls).toEqual([
      [{ outputPath: path.join(outDir, 'pagefind') }],
      [{ outputPath: path.join(outDir, 'pagefind', 'shard-1') }],
    ]);
    expect(index.deleteIndex).toHaveBeenCalledTimes(2);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('starts adding records before Astro builds, but writes nothing until the output directory is ready', async () => {
    await runBuild(pagefindIntegration({ generatedDir }), async () => {
      await vi.waitFor(() => expect(index.addCustomRecord).toHaveBeenCalledTimes(2));
      expect(index.writeFiles).not.toHaveBeenCalled();
    });
    expect(index.writeFiles).toHaveBeenCalledOnce();
  });

  test('fails the build naming the step and the paper when Pagefind reports an error, and still closes it', async () => {
    index.addCustomRecord.mockResolvedValueOnce({ errors: ['record content is empty'], file: undefined });

    await expect(runBuild(pagefindIntegration({ generatedDir }))).rejects.toThrow(
      'Folio search index: Pagefind addCustomRecord (/folio/papers/2602.24044/) reported: record content is empty',
    );
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('fails the build when writing the index reports an error, and still closes Pagefind', async () => {
    index.writeFiles.mockResolvedValueOnce({ errors: ['permission denied'], outputPath: '' });

    await expect(runBuild(pagefindIntegration({ generatedDir }))).rejects.toThrow('Folio search index: Pagefind writeFiles reported: permission denied');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('rethrows a Pagefind exception with the step in the message and the original as its cause', async () => {
    const crash = new Error('Pagefind backend closed');
    vi.mocked(pagefind.createIndex).mockRejectedValueOnce(crash);

    const failure = await runBuild(pagefindIntegration({ generatedDir })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('Folio search index: Pagefind createIndex failed: Error: Pagefind backend closed');
    expect((failure as Error).cause).toBe(crash);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('names the file and the field when a generated paper does not match the schema', async () => {
    const broken = path.join(generatedDir, 'papers', '2509.16407.md');
    await writeFile(broken, '---\nid: "2509.16407"\nannouncements:\n  - date: "23 Sep 2025"\n---\n');

    await expect(runBuild(pagefindIntegration({ generatedDir }))).rejects.toThrow(
      `Folio search index: ${broken}: invalid front matter (announcements.0.date: expected a YYYY-MM-DD day; announcements.0.category:`,
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('says to run ingest when the generated collection is missing', async () => {
    await rm(generatedDir, { recursive: true });

    await expect(runBuild(pagefindIntegration({ generatedDir }))).rejects.toThrow(
      `Folio search index: cannot read ${path.join(generatedDir, 'papers')}; run \`npm run ingest\` first`,
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test("keeps Pagefind to one thread during a build, so Astro keeps its core, unless the environment says otherwise", async () => {
    const saved = { rayon: process.env.RAYON_NUM_THREADS, tokio: process.env.TOKIO_WORKER_THREADS };
    try {
      delete process.env.RAYON_NUM_THREADS;
      process.env.TOKIO_WORKER_THREADS = '2';
      await runBuild(pagefindIntegration({ generatedDir }));
      expect([process.env.RAYON_NUM_THREADS, process.env.TOKIO_WORKER_THREADS]).toEqual(['1', '2']);
    } finally {
      for (const [name, value] of [['RAYON_NUM_THREADS', saved.rayon], ['TOKIO_WORKER_THREADS', saved.tokio]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  test('does nothing outside a build: no index in astro dev', async () => {
    const hooks = pagefindIntegration({ generatedDir }).hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:setup']!({ command: 'dev', logger });
    await hooks['astro:config:done']!({ config: { base: '/', outDir: pathToFileURL(`${outDir}/`) }, logger });

    expect(pagefind.createIndex).not.toHaveBeenCalled();
    expect(pagefind.close).not.toHaveBeenCalled();
  });
});
