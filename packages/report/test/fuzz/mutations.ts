import fc from 'fast-check';

/** A JSON path: object keys and list indices. */
type Path = Array<string | number>;

/** Every path in a value, breadth first, at most `limit`. */
export function pathsOf(value: unknown, limit = 2000): Path[] {
  const paths: Path[] = [];
  const queue: Array<[unknown, Path]> = [[value, []]];
  while (queue.length > 0 && paths.length < limit) {
    const [v, path] = queue.shift()!;
    if (path.length > 0) paths.push(path);
    if (Array.isArray(v)) v.forEach((c, i) => queue.push([c, [...path, i]]));
    else if (v && typeof v === 'object')
      for (const [k, c] of Object.entries(v)) queue.push([c, [...path, k]]);
  }
  return paths;
}

/** A deep copy with the value at `path` replaced (`undefined` deletes an object member, or a list item). */
function replaceAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(value[head as number], rest, next);
    return copy;
  }
  const copy: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(value as object)) copy[k] = v;
  if (rest.length === 0 && next === undefined) delete copy[head as string];
  else copy[head as string] = replaceAt(copy[head as string], rest, next);
  return { ...copy };
}

const encode = (text: string) => new TextEncoder().encode(text);

/** A fixture's bytes and its parsed value (null when it is not JSON). */
export interface Seed {
  name: string;
  bytes: Uint8Array;
  value: unknown;
}

/** Random mutations of a seed, as bytes: deleted keys, swapped types, truncation, random bytes. */
export function mutationOf(seed: Seed): fc.Arbitrary<{ how: string; bytes: Uint8Array }> {
  const paths = seed.value === null ? [] : pathsOf(seed.value);
  const text = new TextDecoder().decode(seed.bytes);
  const structural =
    paths.length === 0
      ? []
      : [
          fc.nat(paths.length - 1).map((i) => ({
            how: `delete ${paths[i].join('/')}`,
            bytes: encode(JSON.stringify(replaceAt(seed.value, paths[i], undefined))),
          })),
          fc.tuple(fc.nat(paths.length - 1), fc.jsonValue({ maxDepth: 3 })).map(([i, v]) => ({
            how: `swap ${paths[i].join('/')} for ${JSON.stringify(v)?.slice(0, 80)}`,
            bytes: encode(JSON.stringify(replaceAt(seed.value, paths[i], v))),
          })),
        ];
  return fc.oneof(
    ...structural,
    fc.nat(seed.bytes.length).map((n) => ({ how: `truncate at ${n}`, bytes: seed.bytes.slice(0, n) })),
    fc
      .array(fc.tuple(fc.nat(Math.max(0, seed.bytes.length - 1)), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((edits) => {
        const bytes = seed.bytes.slice();
        for (const [at, b] of edits) bytes[at] = b;
        return { how: `bytes ${edits.map(([a, b]) => `${a}=${b}`).join(',')}`, bytes };
      }),
    fc
      .tuple(
        fc.nat(text.length),
        fc.constantFrom('NaN', '}', ']', '"', ',', '\u0000', '{"__proto__":1}', '1e999'),
      )
      .map(([at, insert]) => ({
        how: `insert ${JSON.stringify(insert)} at ${at}`,
        bytes: encode(text.slice(0, at) + insert + text.slice(at)),
      })),
  );
}
