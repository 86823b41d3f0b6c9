// npm run bench:search -- [--papers N] [--site-papers N] [--runs N] [--seed N] [--work DIR]:
// the search index at archive scale, on synthetic corpora (scripts/generate-corpus.ts); 0 papers
// skips a part:
//   1. the index alone for N papers: build time, peak memory of Node and of the Pagefind process;
//   2. in Chromium against 127.0.0.1, the bytes the search page downloads from that index for a
//      first query and a next one, until the first results show and until every shard answered;
//   3. `astro build` of a site of --site-papers papers (0 skips it) with and without the index,
//      --runs times each: wall time and peak memory of Astro and of Pagefind.
// Bytes are what travels gzipped: Pagefind's files already are, text files are gzipped here.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Page, Response } from 'playwright-core';
import { DEFAULT_SHARD_SIZES, INTEGRATION_NAME, PAGEFIND_DIR, buildSearchIndex, readPaperFile } from '../src/integrations/pagefind.ts';
import { PAPERS_DIR } from '../src/markdown/write-collection.ts';
import { launchChromium, startStaticServer } from '../test/browser.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO_BIN = path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
const BASE = '/folio/';
/** Pagefind's own files: stored gzipped already, so their size is what travels. */
const PRECOMPRESSED_FILE = /\.(?:pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;
const SAMPLE_EVERY_MS = 250;
const FINAL_STATUS = /found$|are searched when you show more\.$|^No papers match\.$/;
const FIRST_STATUS = /found/;
/** The search page does not depend on the archive's size: a small site carries it for the byte counts. */
const SHELL_PAPERS = 50;

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '100000' },
    'site-papers': { type: 'string' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    work: { type: 'string', default: path.join(tmpdir(), 'folio-bench-search') },
  },
});
const papers = Number(values.papers);
const sitePapers = Number(values['site-papers'] ?? papers);
const runs = Number(values.runs);
const workDir = path.resolve(values.work);

if (papers > 0) {
  const corpusDir = await ensureCorpus(papers);
  const indexDir = path.join(workDir, 'index-only', PAGEFIND_DIR);
  const index = await measureIndexBuild(corpusDir, indexDir);
  report(`index alone, ${papers} papers`, [
    `${index.shards} shard(s): the newest ${DEFAULT_SHARD_SIZES.first} papers, then ${DEFAULT_SHARD_SIZES.rest} each`,
    `read + build + write: ${seconds(index.wallMs)}`,
    `peak memory: Node ${megabytes(index.nodeKb)}, Pagefind ${megabytes(index.pagefindKb)}`,
  ]);
  const shell = await measureSiteBuild(await ensureCorpus(SHELL_PAPERS), 'shell', true);
  await rm(path.join(shell.outDir, PAGEFIND_DIR), { recursive: true });
  cpSync(indexDir, path.join(shell.outDir, PAGEFIND_DIR), { recursive: true });
  await measureQueryBytes(shell.outDir, corpusDir);
}

if (sitePapers > 0) {
  const siteCorpus = await ensureCorpus(sitePapers);
  // Alternating runs, compared by their medians, so a busy machine weighs on both alike.
  const withSearch: BuildMeasure[] = [];
  const withoutSearch: BuildMeasure[] = [];
  for (let i = 0; i < runs; i++) {
    withSearch.push(await measureSiteBuild(siteCorpus, 'with-search', true));
    withoutSearch.push(await measureSiteBuild(siteCorpus, 'without-search', false));
  }
  const withMedian = median(withSearch.map(({ wallMs }) => wallMs));
  const withoutMedian = median(withoutSearch.map(({ wallMs }) => wallMs));
  const peak = (measures: BuildMeasure[], key: string): string => megabytes(Math.max(...measures.map(({ peakKb }) => peakKb.get(key) ?? 0)));
  report(`astro build, ${sitePapers} papers, median of ${runs} run(s) each`, [
    `with the index:    ${seconds(withMedian)} (${withSearch.map(({ wallMs }) => seconds(wallMs)).join(', ')}), peak memory Astro ${peak(withSearch, 'astro')}, Pagefind ${peak(withSearch, 'pagefind')}`,
    `without the index: ${seconds(withoutMedian)} (${withoutSearch.map(({ wallMs }) => seconds(wallMs)).join(', ')}), peak memory Astro ${peak(withoutSearch, 'astro')}`,
    `the index adds ${percent(withMedian / withoutMedian - 1)} to the build's wall time`,
  ]);
}

/** Generates a corpus once per size and seed; later runs reuse it. */
async function ensureCorpus(size: number): Promise<string> {
  const dir = path.join(workDir, `corpus-${size}-${values.seed}`);
  if (!existsSync(path.join(dir, PAPERS_DIR))) {
    await run(process.execPath, [path.join(REPO_ROOT, 'scripts/generate-corpus.ts'), '--papers', String(size), '--seed', values.seed, '--out', dir]);
  }
  return dir;
}

async function measureIndexBuild(generatedDir: string, outputDir: string): Promise<{ wallMs: number; nodeKb: number; pagefindKb: number; shards: number }> {
  await rm(outputDir, { recursive: true, force: true });
  const started = performance.now();
  let pagefindKb = 0;
  const sampler = setInterval(() => {
    for (const { name, hwmKb } of listProcessTree(process.pid)) if (name.startsWith('pagefind')) pagefindKb = Math.max(pagefindKb, hwmKb);
  }, SAMPLE_EVERY_MS);
  try {
    const manifest = await buildSearchIndex({ generatedDir, base: BASE, outputDir, shardSizes: DEFAULT_SHARD_SIZES });
    // The high-water mark survives until the process exits: read it once more before closing.
    for (const { name, hwmKb } of listProcessTree(process.pid)) if (name.startsWith('pagefind')) pagefindKb = Math.max(pagefindKb, hwmKb);
    return { wallMs: performance.now() - started, nodeKb: process.resourceUsage().maxRSS, pagefindKb, shards: manifest.shards.length };
  } finally {
    clearInterval(sampler);
    await pagefind.close();
  }
}

interface BuildMeasure {
  wallMs: number;
  /** Peak resident memory by process: `astro`, `pagefind`. */
  peakKb: Map<string, number>;
  outDir: string;
}

/** Builds the site from a corpus; without the index, through a config that leaves the integration out. */
async function measureSiteBuild(generatedDir: string, name: string, search: boolean): Promise<BuildMeasure> {
  const outDir = path.join(workDir, `site-${name}`);
  await rm(outDir, { recursive: true, force: true });
  const args = [ASTRO_BIN, 'build'];
  if (!search) {
    const config = path.join(REPO_ROOT, 'node_modules/.cache/folio-bench/astro.config.mjs');
    await mkdir(path.dirname(config), { recursive: true });
    await writeFile(
      config,
      `import config from ${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, 'astro.config.mjs')).href)};\n` +
        `export default { ...config, integrations: config.integrations.filter((i) => i.name !== ${JSON.stringify(INTEGRATION_NAME)}) };\n`,
    );
    // Astro reads --config relative to the project root.
    args.push('--config', path.relative(REPO_ROOT, config));
  }
  const peakKb = new Map<string, number>();
  const started = performance.now();
  await run(process.execPath, args, { FOLIO_GENERATED_DIR: generatedDir, FOLIO_OUT_DIR: outDir, FOLIO_BASE: BASE }, (pid) => {
    for (const entry of listProcessTree(pid)) {
      const key = entry.pid === pid ? 'astro' : entry.name.startsWith('pagefind') ? 'pagefind' : entry.name;
      peakKb.set(key, Math.max(peakKb.get(key) ?? 0, entry.hwmKb));
    }
  });
  return { wallMs: performance.now() - started, peakKb, outDir };
}

/** Loads the search page, then runs a first query and next ones, counting what each downloads. */
async function measureQueryBytes(siteDir: string, generatedDir: string): Promise<void> {
  const queries = await pickQueries(generatedDir);
  const server = await startStaticServer(siteDir, BASE);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const traffic = recordTraffic(page);
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState('networkidle');
    const pageLoad = traffic.take();
    const lines = [`search page and Pagefind loaded when idle: ${describeBytes(pageLoad)}`];
    for (const [label, query] of queries) {
      const { early, complete, rank } = await runQuery(page, traffic, query.text, query.url);
      lines.push(
        `${label} "${query.text}": first results after ${describeBytes(early)}, all shards after ${describeBytes([...early, ...complete])}; expected paper at rank ${rank}`,
      );
    }
    lines.push(`first query including the page load: ${kilobytes(sum([...pageLoad, ...traffic.history[0]!], true))} of Pagefind files until first results`);
    report('bytes downloaded (gzip)', lines);
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Transfer {
  url: string;
  bytes: number;
}

/** Collects every response's transfer size; `take` returns what arrived since the last call. */
function recordTraffic(page: Page): { take: () => Transfer[]; history: Transfer[][]; settle: () => Promise<void> } {
  let current: Transfer[] = [];
  const pending = new Set<Promise<void>>();
  const history: Transfer[][] = [];
  page.on('response', (response: Response) => {
    const measured = response
      .body()
      .then((body) => {
        const url = response.url();
        const bytes = PRECOMPRESSED_FILE.test(new URL(url).pathname) ? body.length : gzipSync(body).length;
        current.push({ url, bytes });
      })
      .catch(() => {});
    pending.add(measured);
    void measured.finally(() => pending.delete(measured));
  });
  return {
    history,
    take: () => {
      const taken = current;
      current = [];
      return taken;
    },
    settle: async () => {
      while (pending.size) await Promise.all(pending);
    },
  };
}

async function runQuery(
  page: Page,
  traffic: ReturnType<typeof recordTraffic>,
  query: string,
  expectedUrl: string,
): Promise<{ early: Transfer[]; complete: Transfer[]; rank: number | string }> {
  await page.fill('#site-search', query);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
  await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('.search-status')?.textContent ?? ''), FIRST_STATUS.source, { timeout: 300_000 });
  await traffic.settle();
  const early = traffic.take();
  traffic.history.push(early);
  await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('.search-status')?.textContent ?? ''), FINAL_STATUS.source, { timeout: 600_000 });
  await page.waitForLoadState('networkidle');
  await traffic.settle();
  const complete = traffic.take();
  const urls = await page.$$eval('.search-results .paper-item-title a', (links) => links.map((link) => link.getAttribute('href')));
  const rank = urls.indexOf(expectedUrl) + 1;
  return { early, complete, rank: rank || `beyond the first page (${await page.textContent('.search-status')})` };
}

/** Queries a reader would type, from papers of the corpus: two title words, an author, an id. */
async function pickQueries(generatedDir: string): Promise<[label: string, query: { text: string; url: string }][]> {
  const files = readdirSync(path.join(generatedDir, PAPERS_DIR)).sort();
  const pick = async (share: number) => readPaperFile(path.join(generatedDir, PAPERS_DIR, files[Math.floor(files.length * share)]!));
  const [titled, authored, identified] = await Promise.all([pick(0.37), pick(0.61), pick(0.05)]);
  const urlOf = (id: string): string => `${BASE}papers/${id}/`;
  const titleWords = (titled.data.title ?? '').split(' ').filter((word) => word.length >= 7).slice(0, 2);
  return [
    ['first query', { text: titleWords.join(' ').toLowerCase(), url: urlOf(titled.data.id) }],
    ['next query', { text: authored.data.authors[0] ?? '', url: urlOf(authored.data.id) }],
    ['id query', { text: identified.data.id, url: urlOf(identified.data.id) }],
  ];
}

/** Every process below `pid` (itself included) with its name and peak resident memory. */
function listProcessTree(pid: number): { pid: number; name: string; hwmKb: number }[] {
  const found: { pid: number; name: string; hwmKb: number }[] = [];
  const visit = (current: number): void => {
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      found.push({ pid: current, name: /^Name:\s+(\S+)/m.exec(status)?.[1] ?? '?', hwmKb: Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) });
      for (const task of readdirSync(`/proc/${current}/task`)) {
        for (const child of readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(child));
      }
    } catch {
      // The process ended between listing and reading.
    }
  };
  visit(pid);
  return found;
}

/** Runs a command to completion, sampling its process tree while it runs. */
function run(command: string, args: string[], env: Record<string, string> = {}, sample?: (pid: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    const sampler = sample && setInterval(() => child.pid && sample(child.pid), SAMPLE_EVERY_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} exited with ${code}`));
    });
  });
}

function describeBytes(transfers: Transfer[]): string {
  const searchFiles = transfers.filter(({ url }) => new URL(url).pathname.includes('/pagefind/'));
  return `${kilobytes(sum(searchFiles))} of Pagefind files in ${searchFiles.length} requests (${kilobytes(sum(transfers))} in all)`;
}

function sum(transfers: Transfer[], pagefindOnly = false): number {
  return transfers.filter(({ url }) => !pagefindOnly || new URL(url).pathname.includes('/pagefind/')).reduce((total, { bytes }) => total + bytes, 0);
}

function report(heading: string, lines: string[]): void {
  console.log(`\n${heading}`);
  for (const line of lines) console.log(`  ${line}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function megabytes(kb: number): string {
  return `${Math.round(kb / 1024)} MB`;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}
