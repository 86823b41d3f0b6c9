// Maps character offsets in a listing file to 1-based line numbers, for diagnostics and entry positions.

/** Builds a lookup from character offset to 1-based line number (\n, \r\n and lone \r all end a line). */
export function createLineIndex(text: string): (offset: number) => number {
  const starts: number[] = [0];
  // indexOf scans in native code: most files have no carriage return at all.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return createLookup(starts);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return createLookup(starts);
}

function createLookup(starts: readonly number[]): (offset: number) => number {
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
