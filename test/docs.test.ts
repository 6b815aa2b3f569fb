import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['schema', 'transform', 'report', 'cli', 'testing'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Names a package's src/index.ts exports (values and types). */
function exportedNames(pkg: string): string[] {
  const index = readFileSync(join(root, 'packages', pkg, 'src', 'index.ts'), 'utf8');
  const names = new Set<string>();
  for (const match of index.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of match[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  }
  for (const match of index.matchAll(/export \* from '(\.\/[^']+)\.js'/g)) {
    const source = readFileSync(join(root, 'packages', pkg, 'src', `${match[1]}.ts`), 'utf8');
    for (const m of source.matchAll(/^export (?:const|function|type|interface|class) (\w+)/gm))
      names.add(m[1]);
  }
  return [...names].sort();
}

describe('docs', () => {
  for (const pkg of packages.filter((p) => exportedNames(p).length > 0)) {
    it(`docs/api/${pkg}.md names every export of @sentry-offline/${pkg}`, () => {
      const page = join(root, 'docs', 'api', `${pkg}.md`);
      expect(existsSync(page), `${relative(root, page)} is missing`).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(exportedNames(pkg).filter((name) => !new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
    });
  }

  it('has no broken relative links in README.md, docs/ and fixtures/README.md', () => {
    const files = [
      join(root, 'README.md'),
      join(root, 'fixtures', 'README.md'),
      ...markdownFiles(join(root, 'docs')),
    ].filter(existsSync);
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1].split('#')[0];
        if (!target || /^[a-z]+:/i.test(target)) continue;
        if (!existsSync(resolve(dirname(file), target)))
          broken.push(`${relative(root, file)} -> ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
