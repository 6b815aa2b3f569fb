import { stripArguments } from '../../util/strip-arguments.js';

const ASYNC_STATE_MACHINE = /<([\w]+)>d__\d+(\.MoveNext)?/g;
const LAMBDA = /<([\w]*)>b__[\w]+/g;
const DISPLAY_CLASS = /<>c(__DisplayClass[\w]+)?/g;
const LOCAL_FUNCTION = /<([\w]+)>g__([\w]+)\|[\w]+/g;
const GENERIC_ARITY = /`\d+(\[[^\]]*\])?/g;
const GENERIC_ARGS = /\[\[[^\]]*\]\]/g;
const GENERIC_METHOD = /\[[A-Z]\w*(,\s*[A-Z]\w*)*\]$/;

/**
 * Normalises a .NET type or method name: async state machines (`<Run>d__5.MoveNext`) become their method `Run`,
 * lambdas (`<Main>b__0_0`) become `Main.lambda`, display classes `<>c`, local functions their own name,
 * generic arities (`` List`1 ``) and method type parameters (`First[TSource]`) `<T>`, and the parameter list goes.
 * @param name a type, method or `Type.Method` name
 * @example
 * normaliseDotnet('MyApp.Worker.<Run>d__5.MoveNext()'); // 'MyApp.Worker.Run'
 */
export function normaliseDotnet(name: string): string {
  return stripArguments(name.trim())
    .replace(ASYNC_STATE_MACHINE, '$1')
    .replace(LOCAL_FUNCTION, '$1.$2')
    .replace(LAMBDA, (_m, outer: string) => (outer ? `${outer}.lambda` : 'lambda'))
    .replace(DISPLAY_CLASS, '<>c')
    .replace(GENERIC_ARGS, '')
    .replace(GENERIC_METHOD, '<T>')
    .replace(GENERIC_ARITY, '<T>');
}
