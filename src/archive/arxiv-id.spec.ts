import { describe, expect, test } from 'vitest';
import { getIdYear, idToSlug, parseArxivId, slugToId } from './arxiv-id.ts';

describe('parseArxivId', () => {
  test('reads new-style ids with and without version', () => {
    expect(parseArxivId('2509.16407')).toEqual({ id: '2509.16407' });
    expect(parseArxivId('2509.16407v3')).toEqual({ id: '2509.16407', version: 3 });
    expect(parseArxivId('arXiv:2410.18275v2')).toEqual({ id: '2410.18275', version: 2 });
  });

  test('reads 2007-2014 four-digit ids', () => {
    expect(parseArxivId('0704.0001')).toEqual({ id: '0704.0001' });
    expect(parseArxivId('1412.9999v1')).toEqual({ id: '1412.9999', version: 1 });
  });

  test('reads old-style ids and drops the subject class', () => {
    expect(parseArxivId('hep-th/9901001')).toEqual({ id: 'hep-th/9901001' });
    expect(parseArxivId('math.GT/0309136v2')).toEqual({ id: 'math/0309136', version: 2 });
    expect(parseArxivId('http://arxiv.org/abs/hep-th/9901001v1')).toEqual({ id: 'hep-th/9901001', version: 1 });
  });

  test('strips URL and OAI prefixes', () => {
    expect(parseArxivId('https://arxiv.org/abs/1706.03762v7')).toEqual({ id: '1706.03762', version: 7 });
    expect(parseArxivId('oai:arXiv.org:2604.21935v1')).toEqual({ id: '2604.21935', version: 1 });
    expect(parseArxivId('https://arxiv.org/pdf/2610.03828')).toEqual({ id: '2610.03828' });
  });

  test('rejects what is not an arXiv id', () => {
    for (const bad of ['', '2513.00001', '1501.0001', '1412.00001', '0612.0001', '../etc/passwd', 'hep-th/99010011', 'a/b/c', '2509.16407/..']) {
      expect(parseArxivId(bad), bad).toBeUndefined();
    }
  });
});

describe('idToSlug', () => {
  test('makes old-style ids one reversible path segment', () => {
    expect(idToSlug('hep-th/9901001')).toBe('hep-th_9901001');
    expect(slugToId('hep-th_9901001')).toBe('hep-th/9901001');
    expect(idToSlug('2509.16407')).toBe('2509.16407');
    expect(slugToId('2509.16407')).toBe('2509.16407');
  });
});

describe('getIdYear', () => {
  test('reads the submission year from both id styles', () => {
    expect(getIdYear('2509.16407')).toBe(2025);
    expect(getIdYear('0704.0001')).toBe(2007);
    expect(getIdYear('hep-th/9901001')).toBe(1999);
    expect(getIdYear('unidentified-abc')).toBeUndefined();
  });
});
