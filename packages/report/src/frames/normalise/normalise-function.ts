import type { PlatformFamily } from '../platform-family.js';
import { normaliseCocoa } from './normalise-cocoa.js';
import { normaliseDotnet } from './normalise-dotnet.js';
import { normaliseJava } from './normalise-java.js';
import { normaliseJavascript } from './normalise-javascript.js';
import { normaliseNative } from './normalise-native.js';
import { normalisePython } from './normalise-python.js';
import { isRustName, normaliseRust } from './normalise-rust.js';

const NORMALISERS: Record<PlatformFamily, (name: string) => string> = {
  native: normaliseNative,
  cocoa: normaliseCocoa,
  javascript: normaliseJavascript,
  java: normaliseJava,
  python: normalisePython,
  dotnet: normaliseDotnet,
  other: (name) => name,
};

/**
 * Normalises a function name for its platform family, so that the same code gives the same name whatever the
 * compiler, build or call site added (see docs/guide/signatures.md for the table of rules). Null, empty and
 * `?` names give `null`.
 * @param name the frame's `function`
 * @param family the frame's platform family (see {@link platformFamily})
 * @example
 * normaliseFunction('core::panicking::panic::h6a1b2c3d4e5f6a7b', 'native'); // 'core::panicking::panic'
 */
export function normaliseFunction(name: string | null | undefined, family: PlatformFamily): string | null {
  if (name === null || name === undefined) return null;
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === '?') return family === 'javascript' ? '<anonymous>' : null;
  if (family === 'native' || family === 'cocoa') {
    if (isRustName(trimmed)) return normaliseRust(trimmed);
    if (family === 'native' || (trimmed.includes('::') && !/^[-+]\[/.test(trimmed)))
      return normaliseNative(trimmed);
  }
  return NORMALISERS[family](trimmed);
}
