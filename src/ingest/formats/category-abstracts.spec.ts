// Tests for the category page text parser: which lines are the page's own text and which are abstracts.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LISTINGS_DIR, SEED_ABSTRACTS_ONLY, readFixture } from '../../__fixtures__/fixtures.ts';
import { parseCategoryAbstracts } from './category-abstracts.ts';

const SEED = readFixture(SEED_ABSTRACTS_ONLY);
const QUANT_PH = readFixture(path.join(LISTINGS_DIR, 'text/category-page_quant-ph.txt'));

describe('parseCategoryAbstracts', () => {
  const listing = parseCategoryAbstracts(SEED);

  test('reads the category name from the first line and reports nothing', () => {
    expect(listing.format).toBe('category-abstracts');
    expect(listing.kind).toBe('category-page');
    expect(listing.category).toBe('Distributed, Parallel, and Cluster Computing');
    expect(listing.date).toBeUndefined();
    expect(listing.counts).toEqual([]);
    expect(listing.diagnostics).toEqual([]);
  });

  test('finds the 20 abstracts after the repeated description and pointer lines', () => {
    expect(listing.entries.map((entry) => entry.line)).toEqual([
      6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    ]);
  });

  test('gives each entry only its line and abstract, since the page shows nothing else', () => {
    for (const entry of listing.entries) expect(Object.keys(entry).sort()).toEqual(['abstract', 'line']);
  });

  test('keeps each abstract exactly as printed', () => {
    expect(listing.entries[0]).toEqual({
      line: 6,
      abstract:
        'LLM-driven agentic applications increasingly automate complex, multi-step tasks, but serving them efficiently remains challenging due to heterogeneous components, dynamic and model-driven control flow, long-running state, and unpredictable latencies. Nalar is a ground-up agent-serving framework that cleanly separates workflow specification from execution while providing the runtime visibility and control needed for robust performance. Nalar preserves full Python expressiveness, using lightweight auto-generated stubs that turn agent and tool invocations into futures carrying dependency and context metadata. A managed state layer decouples logical state from physical placement, enabling safe reuse, migration, and consistent retry behavior. A two-level control architecture combines global policy computation with local event-driven enforcement to support adaptive routing, scheduling, and resource management across evolving workflows. Together, these mechanisms allow Nalar to deliver scalable, efficient, and policy-driven serving of heterogeneous agentic applications without burdening developers with orchestration logic. Across three agentic workloads, Nalar cuts tail latency by 34--74\\%, achieves up to $2.9\\times$ speedups, sustains 80 RPS where baselines fail, and scales to 130K futures with sub-500 ms control overhead.',
    });
    expect(listing.entries[19]!.abstract).toBe(
      "Deploying LLMs efficiently requires testing hundreds of serving configurations, but evaluating each one on a GPU cluster takes hours and costs thousands of dollars. Discrete-event simulators are faster and cheaper, but they require re-implementing the serving system's control logic -- a burden that compounds as frameworks evolve. We present Revati, a time-warp emulator that enables performance modeling by directly executing real serving system code at simulation-like speed. The system intercepts CUDA API calls to virtualize device management, allowing serving frameworks to run without physical GPUs. Instead of executing GPU kernels, it performs time jumps -- fast-forwarding virtual time by predicted kernel durations. We propose a coordination protocol that synchronizes these jumps across distributed processes while preserving causality. On vLLM and SGLang, Revati achieves less than 5% prediction error across multiple models and parallelism configurations, while running 5-17x faster than real GPU execution.",
    );
  });

  test('keeps TeX verbatim', () => {
    expect(listing.entries[16]!.abstract!.endsWith('improves SLO-compliant throughput by up to 3.6$\\times$.')).toBe(
      true,
    );
  });

  test('tells a short abstract from the page text by where it stands and whether it repeats', () => {
    const page = parseCategoryAbstracts(QUANT_PH);
    expect(page.category).toBe('Quantum Physics');
    expect(page.diagnostics).toEqual([]);
    expect(page.entries.map((entry) => entry.line)).toEqual([4, 5, 6]);
    expect(page.entries[1]).toEqual({
      line: 5,
      abstract: 'We give a short proof that the quantum relative entropy is jointly convex.',
    });
  });

  test('counts lines the same with CRLF and lone CR endings', () => {
    expect(parseCategoryAbstracts(SEED.replace(/\n/g, '\r\n'))).toEqual(listing);
    expect(parseCategoryAbstracts(SEED.replace(/\n/g, '\r'))).toEqual(listing);
  });

  test('reports empty text', () => {
    expect(parseCategoryAbstracts('\n\n').diagnostics).toEqual([
      { severity: 'error', line: 1, message: 'the category page text is empty' },
    ]);
  });

  test('records no category when the first line is not a name, and keeps it as an abstract', () => {
    const page = parseCategoryAbstracts(`\n${SEED.split('\n')[5]}\n`);
    expect(page.category).toBeUndefined();
    expect(page.entries.map((entry) => entry.line)).toEqual([2]);
    expect(page.diagnostics).toEqual([
      {
        severity: 'warning',
        line: 2,
        message:
          'the first line is not a category name (expected e.g. "Distributed, Parallel, and Cluster Computing"); no category is recorded',
      },
    ]);
  });

  test('reports a name with nothing after it', () => {
    expect(
      parseCategoryAbstracts('Quantum Physics\nLooking for a broader view? This category is part of:\n').diagnostics,
    ).toEqual([
      {
        severity: 'error',
        line: 1,
        message:
          'no abstracts found in this category page text (expected one abstract per line after the category name)',
      },
    ]);
  });

  test('skips a line of control characters with an error at its line', () => {
    const page = parseCategoryAbstracts(`${SEED}\n\u0000\u0001\u0002 binary ${'x'.repeat(300)}`);
    expect(page.entries).toHaveLength(20);
    expect(page.diagnostics).toEqual([
      { severity: 'error', line: 26, message: 'this line holds control characters, not text; it was skipped' },
    ]);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(SEED.length), (noise, cut) => {
        const result = parseCategoryAbstracts(SEED.slice(0, cut) + noise);
        expect(result.format).toBe('category-abstracts');
        for (const entry of result.entries) expect(entry.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
