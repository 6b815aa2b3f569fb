import { collapseTemplates } from '../../util/collapse-templates.js';
import { normaliseNative } from './normalise-native.js';

const HASH_SUFFIX = /::h[0-9a-f]{16}$/;
const CLOSURE = /\{\{closure\}\}/g;
// older demanglers: `_<X as a..b..Y>::f` and `_{{closure}}`
const LEGACY_PREFIX = /^_</;
const LEGACY_PATH = /\.\./g;
const LEGACY_CLOSURE = /_\{\{closure\}\}/g;

/** Rewrites `<X as Y>` qualified paths to `X`, innermost first, so `<Vec<T> as Drop>::drop` → `Vec<T>::drop`. */
function dropTraitQualifiers(name: string): string {
  let out = name;
  for (let guard = 0; guard < 16; guard++) {
    const as = out.indexOf(' as ');
    if (as < 0) break;
    let depth = 0;
    let open = -1;
    for (let i = as - 1; i >= 0; i--) {
      if (out[i] === '>') depth++;
      else if (out[i] === '<') {
        if (depth === 0) {
          open = i;
          break;
        }
        depth--;
      }
    }
    depth = 0;
    let close = -1;
    for (let i = as + 4; i < out.length; i++) {
      if (out[i] === '<') depth++;
      else if (out[i] === '>') {
        if (depth === 0) {
          close = i;
          break;
        }
        depth--;
      }
    }
    if (open < 0 || close < 0) break;
    out = out.slice(0, open) + out.slice(open + 1, as) + out.slice(close + 1);
  }
  return out;
}

/**
 * Normalises a demangled Rust function name: the `::h<16 hex>` hash suffix goes, `<X as Y>::m` becomes `X::m`
 * (the implementing type; the trait is implied by the method), generic arguments become `<T>` and
 * `{{closure}}` becomes `{closure}`; older demanglers' `_<…>`, `a..b` paths and `_{{closure}}` are read too.
 * @param name a demangled Rust symbol
 * @example
 * normaliseRust('<alloc::vec::Vec<u8> as core::ops::drop::Drop>::drop::h0123456789abcdef'); // 'alloc::vec::Vec<T>::drop'
 */
export function normaliseRust(name: string): string {
  const legacy = name
    .trim()
    .replace(LEGACY_PREFIX, '<')
    .replace(LEGACY_PATH, '::')
    .replace(LEGACY_CLOSURE, '{{closure}}');
  const out = dropTraitQualifiers(legacy.replace(HASH_SUFFIX, ''));
  return collapseTemplates(normaliseNative(out.replace(CLOSURE, '{closure}')));
}

/** True when a name looks like a demangled Rust symbol (hash suffix, `<X as Y>` or `{{closure}}`). */
export function isRustName(name: string): boolean {
  return HASH_SUFFIX.test(name) || / as [^ ]+>::/.test(name) || name.includes('{{closure}}');
}
