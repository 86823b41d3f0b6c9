// arXiv identifier rules: the one place that knows how ids look, how versions attach, and
// how an id becomes a file name and a URL segment (old-style ids contain a slash).

/** 0704.0001 - 1412.9999 (four digits) and 1501.00001 onwards (five digits), optional version. */
const NEW_STYLE_ID = /^(\d{2})(\d{2})\.(\d{4,5})(?:v(\d+))?$/;
/** hep-th/9901001, math.GT/0309136 (subject class is not part of the id), optional version. */
const OLD_STYLE_ID = /^([a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z-]+)?\/(\d{7})(?:v(\d+))?$/;
/** Prefixes a printed id may carry: arXiv:, an abs/pdf URL, an OAI identifier. */
const ID_PREFIX = /^(?:arxiv:|oai:arxiv\.org:|https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/)/i;

export interface ArxivId {
  /** The id without version, canonical form. */
  id: string;
  version?: number;
}

/** Parses a printed arXiv id (with or without prefix and version); undefined when it is not one. */
export function parseArxivId(printed: string): ArxivId | undefined {
  const bare = printed.trim().replace(ID_PREFIX, '').replace(/\.pdf$/i, '');
  const modern = NEW_STYLE_ID.exec(bare);
  if (modern) {
    const [, yy, mm, number, version] = modern;
    const month = Number(mm);
    if (month < 1 || month > 12) return undefined;
    // Five-digit numbers began in January 2015; four-digit ones ended in December 2014.
    const fiveDigitEra = Number(yy) >= 15;
    if ((number!.length === 5) !== fiveDigitEra) return undefined;
    if (Number(`${yy}${mm}`) < 704) return undefined;
    return withVersion(`${yy}${mm}.${number}`, version);
  }
  const old = OLD_STYLE_ID.exec(bare);
  if (old) {
    const [, archive, number, version] = old;
    const month = Number(number!.slice(2, 4));
    if (month < 1 || month > 12) return undefined;
    return withVersion(`${archive}/${number}`, version);
  }
  return undefined;
}

function withVersion(id: string, version: string | undefined): ArxivId {
  return version === undefined ? { id } : { id, version: Number(version) };
}

/** True for ids Folio derives from an abstract because the listing printed none. */
export function isUnidentifiedId(id: string): boolean {
  return id.startsWith(UNIDENTIFIED_PREFIX);
}

export const UNIDENTIFIED_PREFIX = 'unidentified-';

/**
 * The id as one path segment: old-style ids swap their slash for `_`, which no arXiv
 * archive name contains, so the mapping is reversible (`hep-th/9901001` <-> `hep-th_9901001`).
 */
export function idToSlug(id: string): string {
  return id.replace('/', '_');
}

/** Reverses idToSlug. */
export function slugToId(slug: string): string {
  return slug.replace('_', '/');
}

/** The year an id was submitted in, from its YYMM part; undefined for unidentified entries. */
export function getIdYear(id: string): number | undefined {
  const yymm = /^(\d{2})\d{2}\./.exec(id) ?? /\/(\d{2})\d{5}$/.exec(id);
  if (!yymm) return undefined;
  const yy = Number(yymm[1]);
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}
