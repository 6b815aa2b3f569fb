const hasOwn = Object.prototype.hasOwnProperty;

/**
 * True when a parsed value nests objects and lists more than `limit` levels deep (a scalar is 0 levels, `[]` and
 * `{}` are 1, `[[1]]` is 2); the same answer as `measureValue(value, limit).depth > limit`, for less work: only
 * objects and lists are visited (no keys are listed, no scalar is looked at twice) and the walk stops at the first
 * container past `limit`. It recurses, at most `limit + 1` calls deep, so `limit` must stay far below the stack
 * size (validate passes `MAX_NESTING`, 512).
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  return value !== null && typeof value === 'object' && deeper(value, limit);
}

/** True when `container`, with `left` levels still allowed (itself included), nests deeper than that. */
function deeper(container: object, left: number): boolean {
  if (left === 0) return true;
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const child: unknown = container[i];
      if (child !== null && typeof child === 'object' && deeper(child, left - 1)) return true;
    }
    return false;
  }
  // for…in walks an object without allocating its key list; inherited members are skipped as Object.keys does
  for (const key in container) {
    const child: unknown = (container as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && hasOwn.call(container, key) && deeper(child, left - 1))
      return true;
  }
  return false;
}
