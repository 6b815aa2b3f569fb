import type { CrashFrame } from '@sentry-offline/transform';

const MAX_STRINGS = 200_000;

/**
 * Frames kept in the stack cache with their text shared: the strings of a parsed event are its own copies, and
 * thousands of cached stacks repeat the same names and paths (without this, about 4 KB a stack, mostly text).
 */
export function createFrameInterner(): (frame: CrashFrame) => CrashFrame {
  const pool = new Map<string, string>();
  const one = (s: string | null): string | null => {
    if (s === null) return null;
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    if (pool.size >= MAX_STRINGS) pool.clear();
    pool.set(s, s);
    return s;
  };
  return (f) => ({
    ...f,
    function: one(f.function),
    rawFunction: one(f.rawFunction),
    module: one(f.module),
    package: one(f.package),
    filename: one(f.filename),
    absPath: one(f.absPath),
    platform: one(f.platform),
    instructionAddr: one(f.instructionAddr),
  });
}
