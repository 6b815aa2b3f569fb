import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const all = (pkgs: string[]) => pkgs.flatMap((p) => sources(join(root, 'packages', p, 'src'))).join('\n');
const found = (text: string, pattern: RegExp) =>
  [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].sort();
const undocumented = (names: string[]) => names.filter((n) => !page.includes(`\`${n}\``));

describe('docs/errors.md', () => {
  const packages = readdirSync(join(root, 'packages'));

  it('names every error code thrown by any package', () => {
    const codes = found(
      all(packages),
      /['`"]((?:schema|transform|report|cli|testing)\.[a-z][A-Za-z]+)['`"]/g,
    );
    expect(codes.length).toBeGreaterThan(20);
    expect(undocumented(codes)).toEqual([]);
  });

  it('names every issue keyword of the schema package', () => {
    const schema = all(['schema']);
    // keywords passed positionally (text-level issues) are listed here and must exist in the source
    const text = [
      'empty',
      'html',
      'syntax',
      'nesting',
      'encoding',
      'gzip',
      'zip',
      'tooLarge',
      'duplicateKey',
      'unsafeInteger',
    ];
    expect(text.filter((k) => !schema.includes(`'${k}'`))).toEqual([]);
    const keywords = [...found(schema, /keyword: '([A-Za-z]+)'/g), ...text];
    expect(keywords.length).toBeGreaterThan(30);
    expect(undocumented(keywords)).toEqual([]);
  });

  it('names every code of an unreadable file', () => {
    // unreadable files are made by the inputs folder only
    const cli = sources(join(root, 'packages', 'cli', 'src', 'inputs')).join('\n');
    const codes = [...found(cli, /code: '([A-Za-z]+)'/g), ...found(cli, /^\s+([A-Z_]+): '/gm)];
    expect(codes).toContain('ENOENT');
    expect(undocumented(codes)).toEqual([]);
  });
});
