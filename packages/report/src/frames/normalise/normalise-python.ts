const LOCALS = /\.<locals>\./g;
const ADDRESS = / at 0x[0-9a-f]+>/gi;

/**
 * Normalises a Python function name: qualified names lose their `<locals>` steps (`outer.<locals>.inner` →
 * `outer.inner`) and object reprs their memory address (`<function f at 0x7f…>` → `<function f>`);
 * `<lambda>`, `<module>` and comprehension names are kept.
 * @param name a function name or qualified name
 * @example
 * normalisePython('make_handler.<locals>.handle'); // 'make_handler.handle'
 */
export function normalisePython(name: string): string {
  return name.trim().replace(LOCALS, '.').replace(ADDRESS, '>');
}
