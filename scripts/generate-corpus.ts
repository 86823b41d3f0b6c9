// npm run generate:corpus -- [--papers N] [--seed N] [--out DIR]: a deterministic synthetic
// collection (the same Markdown ingest writes) for search and build benchmarks at archive scale.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { tmpdir } from 'node:os';
import type { Announcement, Paper } from '../src/archive/paper.ts';
import type { ListingRecord } from '../src/archive/listing-record.ts';
import { ALL_CATEGORIES } from '../src/archive/taxonomy.ts';
import { writeCollection } from '../src/markdown/write-collection.ts';
import { createRandom, pick } from './lib/synthetic-listings.ts';

const COMMON_WORDS = (
  'we the of a and to in for is on that with by this are an as from be our which at can these it' +
  ' show present propose study results method approach model framework problem paper data performance' +
  ' new based using two between than both also such their its while however each under over into' +
  ' learning network distributed parallel graph quantum optimal gradient inference memory cache latency' +
  ' throughput scheduling consensus protocol federated privacy secure robust sparse tensor kernel compiler' +
  ' runtime storage cluster cloud edge serving training benchmark analysis theory bound algorithm convex' +
  ' stochastic dynamic adaptive efficient scalable hash table concurrent lock free spectral manifold' +
  ' energy field galaxy neutron plasma lattice symmetry entropy equilibrium estimator regression bayesian' +
  ' markov chain diffusion transformer attention language vision policy reinforcement control robot'
).split(' ');
const SYLLABLES = 'ka lo mi ne ra su te vi zo an el in or ur ba de fi gu ho ja ku li mo nu pa qui re si to'.split(' ');
const FIRST_NAMES = 'Ada Alan Barbara Chen Dmitri Elena Fatima Grace Hiro Ines Jun Karl Lena Mateo Nadia Olga Priya Quentin Rosa Sven Tariq Uma Viktor Wei Xin Yara Zoltan'.split(' ');
const TYPES = ['new', 'new', 'new', 'new', 'cross', 'replacement'] as const;
const FIRST_YEAR = 2021;
const YEARS = 5;
/** Distinct synthetic terms beside the common words: a real archive's vocabulary is large. */
const VOCABULARY_SIZE = 60_000;
const AUTHOR_POOL_SIZE = 40_000;

export interface CorpusOptions {
  papers: number;
  seed: number;
}

/** The papers and listing records of a synthetic archive, the same for the same options. */
export function generateCorpus({ papers: count, seed }: CorpusOptions): { papers: Paper[]; listings: ListingRecord[] } {
  const random = createRandom(seed);
  const vocabulary = createVocabulary(random);
  const authorPool = Array.from({ length: AUTHOR_POOL_SIZE }, () => `${pick(random, FIRST_NAMES)} ${capitalize(createTerm(random, 3))}`);
  const pickWord = (): string => (random() < 0.45 ? pick(random, COMMON_WORDS) : vocabulary[zipfIndex(random, vocabulary.length)]!);
  const papers: Paper[] = [];
  const perMonth = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const date = toIsoDay(new Date(Date.UTC(FIRST_YEAR, 0, 1) + Math.floor(random() * YEARS * 365) * 86_400_000));
    const yymm = `${date.slice(2, 4)}${date.slice(5, 7)}`;
    const number = (perMonth.get(yymm) ?? 0) + 1;
    perMonth.set(yymm, number);
    const categories = pickCategories(random);
    const announcements: Announcement[] = categories.slice(0, 1 + Math.floor(random() * 2)).map((category, index) => ({
      date,
      category,
      type: index === 0 ? pick(random, TYPES) : 'cross',
      source: `content/listings/${category}/${date}.html`,
    }));
    papers.push({
      id: `${yymm}.${String(number).padStart(5, '0')}`,
      version: 1 + Math.floor(random() * 3),
      title: capitalize(Array.from({ length: 5 + Math.floor(random() * 10) }, pickWord).join(' ')),
      authors: Array.from({ length: 1 + Math.floor(random() * 10) }, () => pick(random, authorPool)),
      primaryCategory: categories[0],
      categories,
      comments: random() < 0.5 ? `${8 + Math.floor(random() * 30)} pages, ${1 + Math.floor(random() * 12)} figures` : undefined,
      announcements,
      sources: [],
      unidentified: false,
      abstract: createAbstract(random, pickWord),
    });
  }
  return { papers, listings: collectListings(papers) };
}

function createAbstract(random: () => number, pickWord: () => string): string {
  const words = Array.from({ length: 150 + Math.floor(random() * 101) }, pickWord);
  const sentences: string[] = [];
  for (let start = 0; start < words.length; ) {
    const length = 12 + Math.floor(random() * 14);
    sentences.push(`${capitalize(words.slice(start, start + length).join(' '))}.`);
    start += length;
  }
  const paragraphs = random() < 0.2 ? [sentences.slice(0, 3), sentences.slice(3)] : [sentences];
  return paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n');
}

/** One listing record per category and day, as ingest would have recorded the saved pages. */
function collectListings(papers: readonly Paper[]): ListingRecord[] {
  const bySource = new Map<string, ListingRecord>();
  for (const paper of papers) {
    for (const { source, category, date } of paper.announcements) {
      const record = bySource.get(source) ?? { source, format: 'arxiv-html', kind: 'new', category, dates: [date], counts: [], entries: 0 };
      record.entries += 1;
      bySource.set(source, record);
    }
  }
  return [...bySource.values()].sort((a, b) => (a.source < b.source ? -1 : 1));
}

function pickCategories(random: () => number): string[] {
  const codes = new Set<string>();
  const total = 1 + Math.floor(random() * 3);
  while (codes.size < total) codes.add(ALL_CATEGORIES[zipfIndex(random, ALL_CATEGORIES.length)]!.code);
  return [...codes];
}

function createVocabulary(random: () => number): string[] {
  const terms = new Set<string>();
  while (terms.size < VOCABULARY_SIZE) terms.add(createTerm(random, 2 + Math.floor(random() * 3)));
  return [...terms];
}

function createTerm(random: () => number, syllables: number): string {
  return Array.from({ length: syllables }, () => pick(random, SYLLABLES)).join('');
}

/** A Zipf-like rank: a few terms are everywhere, most are rare, as in real abstracts. */
function zipfIndex(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      papers: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: path.join(tmpdir(), 'folio-corpus') },
    },
  });
  const started = performance.now();
  const { papers, listings } = generateCorpus({ papers: Number(values.papers), seed: Number(values.seed) });
  await writeCollection(values.out, papers, listings);
  console.log(`wrote ${papers.length} papers, ${listings.length} listing records to ${values.out} in ${Math.round(performance.now() - started)} ms`);
}
