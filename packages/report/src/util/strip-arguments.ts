const QUALIFIERS = /(\s*(const|volatile|&&|&|noexcept|override|final|\[clone [^\]]*\]))*\s*$/;

/**
 * Removes a trailing argument list and the qualifiers after it (`foo(int, char*) const &` → `foo`), but not
 * the parentheses of `operator()` or a group that is not at the end (`(anonymous namespace)::f`).
 */
export function stripArguments(name: string): string {
  const body = name.replace(QUALIFIERS, '');
  if (!body.endsWith(')')) return name;
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body[i];
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) {
        const head = body.slice(0, i);
        if (/operator\s*$/.test(head) || head.trim() === '') return name;
        return head.trimEnd();
      }
    }
  }
  return name;
}
