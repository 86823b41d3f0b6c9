import { afterEach, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { paperSchema } from '../archive/paper.ts';
import { writeCollection } from './write-collection.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

const paper = (id: string) => paperSchema.parse({ id, title: `Paper ${id}` });

describe('writeCollection', () => {
  test('writes one file per paper, old-style ids as one path segment, and removes papers no longer present', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'folio-write-'));
    const out = path.join(dir, 'generated');
    await writeCollection(out, [paper('2509.16407'), paper('hep-th/9901001')], []);
    expect((await readdir(path.join(out, 'papers'))).sort()).toEqual(['2509.16407.md', 'hep-th_9901001.md']);
    await writeCollection(out, [paper('2509.16407')], []);
    expect(await readdir(path.join(out, 'papers'))).toEqual(['2509.16407.md']);
    expect(JSON.parse(await readFile(path.join(out, 'listings.json'), 'utf8'))).toEqual([]);
  });

  test('leaves the previous output whole when writing fails', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'folio-write-'));
    const out = path.join(dir, 'generated');
    await writeCollection(out, [paper('2509.16407')], []);
    const before = await readFile(path.join(out, 'papers', '2509.16407.md'), 'utf8');
    const unsafe = { ...paper('0704.0001'), id: '../../escape' };
    await expect(writeCollection(out, [paper('0704.0001'), unsafe], [])).rejects.toThrow('refusing to write paper id "../../escape"');
    expect(await readdir(path.join(out, 'papers'))).toEqual(['2509.16407.md']);
    expect(await readFile(path.join(out, 'papers', '2509.16407.md'), 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.includes('staging'))).toEqual([]);
  });
});

describe('writeCollection after a killed run', () => {
  test('drops a stale staging folder and puts back output that was moved aside', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'folio-write-'));
    const out = path.join(dir, 'generated');
    await writeCollection(out, [paper('2509.16407')], []);
    // A run killed between its two renames: the old output moved aside, a staging folder left.
    await rename(out, `${out}.previous-99999`);
    await mkdir(`${out}.staging-99998/papers`, { recursive: true });
    await writeCollection(out, [paper('0704.0001')], []);
    expect(await readdir(path.join(out, 'papers'))).toEqual(['0704.0001.md']);
    expect((await readdir(dir)).sort()).toEqual(['generated']);
  });
});
