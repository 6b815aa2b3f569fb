import { collapseTemplates } from '../../util/collapse-templates.js';
import { stripArguments } from '../../util/strip-arguments.js';

const CLONE_SUFFIX = /(\s*\[clone [^\]]*\])+$|(\.(cold|isra|part|constprop|lto_priv|localalias)(\.\d+)?)+$/;
const ANONYMOUS_NAMESPACE = /`anonymous namespace'|\(anonymous namespace\)|\{anonymous\}/g;
const GCC_LAMBDA = /\{lambda\([^)]*\)#\d+\}/g;
const CLANG_LAMBDA = /\$_\d+/g;
const MSVC_LAMBDA = /<lambda_[0-9a-f]+>/g;
const SPACES = /\s+/g;
// the argument list of an enclosing function: `run()::$_0`, `f(int)::{lambda()#1}`
const INNER_ARGUMENTS = /(?<!operator)\((?!anonymous namespace\))[^()]*\)(?=::)/g;

/**
 * Normalises a demangled C or C++ function name: compiler clone suffixes (`[clone .cold.1]`, `.isra.0`) and the
 * argument list with its `const`/`&` qualifiers go, template arguments become `<T>`, every spelling of an
 * anonymous namespace becomes `(anonymous namespace)` and every lambda `{lambda}`.
 * @param name a demangled function name
 * @example
 * normaliseNative('std::vector<int>::push_back(int const&) [clone .cold.2]'); // 'std::vector<T>::push_back'
 */
export function normaliseNative(name: string): string {
  let out = name.replace(SPACES, ' ').trim().replace(CLONE_SUFFIX, '');
  out = out
    .replace(ANONYMOUS_NAMESPACE, '(anonymous namespace)')
    .replace(GCC_LAMBDA, '{lambda}')
    .replace(MSVC_LAMBDA, '{lambda}')
    .replace(CLANG_LAMBDA, '{lambda}')
    .replace(INNER_ARGUMENTS, '');
  out = stripArguments(out);
  out = collapseTemplates(out);
  return out.replace(CLONE_SUFFIX, '').trim();
}
