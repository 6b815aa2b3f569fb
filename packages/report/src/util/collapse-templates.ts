const OPERATOR_TAIL = /operator\s*$/;

function operatorAt(name: string, i: number): string | null {
  if (!OPERATOR_TAIL.test(name.slice(Math.max(0, i - 10), i))) return null;
  return /^(<=>|<<=|>>=|<<|>>|<=|>=|->\*?|<|>|\(\)|\[\])/.exec(name.slice(i))?.[0] ?? null;
}

/**
 * Replaces every outermost `<…>` argument list with `<T>` (`vector<int, alloc<int>>` → `vector<T>`), leaving
 * the angle brackets of `operator<`, `operator<<`, `operator->`, `->` arrows and whole-name placeholders such as
 * `<redacted>` or `<lambda>` (a `<` not right after a name) alone.
 */
export function collapseTemplates(name: string): string {
  if (!name.includes('<')) return name;
  let out = '';
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    const op = depth === 0 ? operatorAt(name, i) : null;
    if (op) {
      out += op;
      i += op.length - 1;
      continue;
    }
    if (c === '<' && (depth > 0 || (i > 0 && /[\w\]>)$:]/.test(name[i - 1])))) {
      if (depth === 0) out += '<T>';
      depth++;
    } else if (c === '>' && depth > 0 && name[i - 1] !== '-') {
      depth--;
    } else if (depth === 0) {
      out += c;
    }
  }
  return depth === 0 ? out : name;
}
