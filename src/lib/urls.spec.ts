import { describe, expect, test } from 'vitest';
import { getArxivLinks, getBasePath, getDoiUrl, getSourceFileUrl, toAbsoluteUrl, withBase } from './urls.ts';

describe('withBase', () => {
  test('puts a path under the base, whatever slashes either carries', () => {
    expect(withBase('days/2026-03-02/', '/folio/')).toBe('/folio/days/2026-03-02/');
    expect(withBase('/feed.xml', '/folio')).toBe('/folio/feed.xml');
    expect(withBase('', '/')).toBe('/');
    expect(getBasePath('/folio//')).toBe('/folio/');
  });
});

describe('toAbsoluteUrl', () => {
  test('resolves a base path against the published origin', () => {
    expect(toAbsoluteUrl('/folio/papers/hep-th_9901001/', 'https://folio.test')).toBe('https://folio.test/folio/papers/hep-th_9901001/');
  });
});

describe('getArxivLinks', () => {
  test('derives abs and pdf from the id when the listing printed none', () => {
    expect(getArxivLinks({ id: 'hep-th/9901001', unidentified: false })).toEqual({
      abs: 'https://arxiv.org/abs/hep-th/9901001',
      pdf: 'https://arxiv.org/pdf/hep-th/9901001',
    });
  });

  test('keeps printed arXiv links, including the HTML version', () => {
    const links = { abs: 'https://arxiv.org/abs/2509.16407', pdf: 'https://arxiv.org/pdf/2509.16407v2', html: 'https://arxiv.org/html/2509.16407v2' };
    expect(getArxivLinks({ id: '2509.16407', links, unidentified: false })).toEqual(links);
  });

  test('ignores printed links that do not point at arXiv over https', () => {
    const links = { abs: 'javascript:alert(1)', pdf: 'http://evil.example/x.pdf', html: 'https://arxiv.org.evil.example/html/1' };
    expect(getArxivLinks({ id: '2509.16407', links, unidentified: false })).toEqual({
      abs: 'https://arxiv.org/abs/2509.16407',
      pdf: 'https://arxiv.org/pdf/2509.16407',
    });
  });

  test('gives an unidentified entry no arXiv links', () => {
    expect(getArxivLinks({ id: 'unidentified-3f9a1c2b7d4e', unidentified: true })).toBeUndefined();
  });
});

describe('getDoiUrl', () => {
  test('keeps the slashes of a DOI and escapes what would end the path', () => {
    expect(getDoiUrl('10.1145/3600006.3613138')).toBe('https://doi.org/10.1145/3600006.3613138');
    expect(getDoiUrl('10.1002/(SICI)1097-4571#x?y')).toBe('https://doi.org/10.1002/(SICI)1097-4571%23x%3Fy');
  });
});

describe('getSourceFileUrl', () => {
  test('appends the listing path to FOLIO_REPO_URL', () => {
    expect(getSourceFileUrl('content/listings/cs.DC/2026-03-02.txt', 'https://github.com/org/folio/blob/main/')).toBe(
      'https://github.com/org/folio/blob/main/content/listings/cs.DC/2026-03-02.txt',
    );
    expect(getSourceFileUrl('content/listings/cs.DC/a b.txt', 'https://github.com/org/folio/blob/main')).toBe(
      'https://github.com/org/folio/blob/main/content/listings/cs.DC/a%20b.txt',
    );
  });

  test('links nothing without a repository URL, or with one that is not http(s)', () => {
    expect(getSourceFileUrl('content/listings/cs.DC/2026-03-02.txt', undefined)).toBeUndefined();
    expect(getSourceFileUrl('content/listings/cs.DC/2026-03-02.txt', 'javascript:alert(1)//')).toBeUndefined();
  });
});
