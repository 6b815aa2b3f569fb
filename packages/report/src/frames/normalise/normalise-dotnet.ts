import { collapseTemplates } from '../../util/collapse-templates.js';

const RECURSION_COUNT = /\s+x\s+\d+$/;
const LOCAL_AFTER_ARGS = /\)\+/g;
const ARGUMENTS = /\([^()]*\)/g;
const ASYNC_STATE_MACHINE = /<([\w]+)>d__\d+(\.MoveNext)?/g;
const LAMBDA = /<([\w]*)>b__[\w]+/g;
const DISPLAY_CLASS = /<>c(__DisplayClass[\w]+)?/g;
const LOCAL_FUNCTION = /<([\w]+)>g__([\w]+)\|[\w]+/g;
const GENERIC_ARITY = /`\d+(\[[^\]]*\])?/g;
const GENERIC_ARGS = /\[\[[^\]]*\]\]/g;
const GENERIC_METHOD = /\[[A-Z]\w*(,\s*[A-Z]\w*)*\]$/;

/** The last space-separated part outside `<…>`: drops `async`, `static` and the return type of demystified names. */
function lastTopLevelWord(name: string): string {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '<') depth++;
    else if (name[i] === '>') depth = Math.max(0, depth - 1);
    else if (name[i] === ' ' && depth === 0) start = i + 1;
  }
  return name.slice(start);
}

/** Removes every argument list, innermost first, after turning `f(…)+Local(?)` into `f.Local`. */
function dropArguments(name: string): string {
  let out = name.replace(LOCAL_AFTER_ARGS, ').');
  for (let guard = 0; guard < 8 && out.includes('('); guard++) out = out.replace(ARGUMENTS, '');
  return out;
}

/**
 * Normalises a .NET type or method name, plain or "demystified" (`async Task<T> Service.Load(int id)+Parse(?) x 2`):
 * modifiers, return types, argument lists and recursion counts go, local functions become `.Local`, async state
 * machines (`<Run>d__5.MoveNext`) their method `Run`, lambdas (`<Main>b__0_0`) `Main.lambda`, display classes
 * `<>c`, generic arities (`` List`1 ``) and type parameters `<T>`.
 * @param name a type, method or `Type.Method` name
 * @example
 * normaliseDotnet('MyApp.Worker.<Run>d__5.MoveNext()'); // 'MyApp.Worker.Run'
 */
export function normaliseDotnet(name: string): string {
  const out = lastTopLevelWord(dropArguments(name.trim().replace(RECURSION_COUNT, '')).trim())
    .replace(ASYNC_STATE_MACHINE, '$1')
    .replace(LOCAL_FUNCTION, '$1.$2')
    .replace(LAMBDA, (_m, outer: string) => (outer ? `${outer}.lambda` : 'lambda'))
    .replace(DISPLAY_CLASS, '<>c')
    .replace(GENERIC_ARGS, '')
    .replace(GENERIC_METHOD, '<T>')
    .replace(GENERIC_ARITY, '<T>');
  return collapseTemplates(out);
}
