import type { PlatformFamily } from './platform-family.js';

const BY_EXTENSION: [RegExp, PlatformFamily][] = [
  [/\.(m?[jt]sx?|cjs|mjs|vue|svelte)$/i, 'javascript'],
  [/\.py[cw]?$/i, 'python'],
  [/\.(java|kt|kts|scala|groovy)$/i, 'java'],
  [/\.(cs|fs|vb)$/i, 'dotnet'],
  [/\.(swift|m|mm)$/i, 'cocoa'],
  [/\.(c|cc|cpp|cxx|h|hpp|rs|go)$/i, 'native'],
];

/**
 * The family of a frame whose payload names no platform (old SDKs, hand-made samples), guessed from its shape:
 * Objective-C `-[…]` names, the source file's extension, `::` paths or an instruction address. `'other'` when
 * nothing tells.
 */
export function guessFamily(fn: string | null, file: string | null, hasAddress: boolean): PlatformFamily {
  if (fn !== null && /^[-+]\[/.test(fn)) return 'cocoa';
  if (file !== null) for (const [re, family] of BY_EXTENSION) if (re.test(file)) return family;
  if (fn !== null && fn.includes('::')) return 'native';
  return hasAddress ? 'native' : 'other';
}
