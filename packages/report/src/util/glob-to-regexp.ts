/**
 * Compiles a glob to an anchored, case-insensitive RegExp. In paths (`path: true`) `*` stops at `/` and `**`
 * crosses it; elsewhere `*` matches anything. `?` is one character; `\` escapes the next one.
 */
export function globToRegExp(glob: string, { path = false }: { path?: boolean } = {}): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          source += '(?:.*/)?';
        } else source += '.*';
      } else source += path ? '[^/]*' : '.*';
    } else if (c === '?') source += path ? '[^/]' : '.';
    else if (c === '\\' && i + 1 < glob.length && !path) {
      i++;
      source += glob[i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}
