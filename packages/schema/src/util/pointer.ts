/** Builds a JSON Pointer from path segments, escaping `~` and `/`. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Splits a JSON Pointer into unescaped segments (`""` gives `[]`). */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Orders pointers by segment, numeric segments as numbers: `/a/2` before `/a/10`. */
export function comparePointers(a: string, b: string): number {
  const sa = fromPointer(a);
  const sb = fromPointer(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] === sb[i]) continue;
    const na = /^\d+$/.test(sa[i]) ? Number(sa[i]) : NaN;
    const nb = /^\d+$/.test(sb[i]) ? Number(sb[i]) : NaN;
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
    return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}
