import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIND_SPECS, PAYLOAD_KINDS, validateBytes, validateText } from '../packages/schema/src/index.js';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'dist' ? [] : files(path, keep);
    return keep(name) ? [path] : [];
  });
}

const sources = readdirSync(join(root, 'packages')).flatMap((pkg) =>
  files(join(root, 'packages', pkg, 'src'), (n) => n.endsWith('.ts')).map((path) => ({
    path: relative(root, path),
    text: readFileSync(path, 'utf8'),
  })),
);

const using = (pattern: RegExp) => sources.filter((s) => pattern.test(s.text)).map((s) => s.path);

describe('the tool runs no code from its inputs and makes no network request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('compiles only its own schemas, named sentry-offline:<kind>', () => {
    expect(PAYLOAD_KINDS.map((k) => (KIND_SPECS[k].schema as { $id?: string }).$id)).toEqual(
      PAYLOAD_KINDS.map((k) => `sentry-offline:${k}`),
    );
    // ajv is called in one module, and only validate.ts hands it schemas: the ones of KIND_SPECS
    expect(using(/\bajv\.compile\(|\.addSchema\(|\bcompileAsync\(/)).toEqual(['packages/schema/src/ajv.ts']);
    expect(using(/\b(compileSchema|schemaFindings)\(/).sort()).toEqual([
      'packages/schema/src/ajv.ts',
      'packages/schema/src/validate.ts',
    ]);
    expect(readFileSync(join(root, 'packages/schema/src/validate.ts'), 'utf8')).toMatch(
      /schemaFindings\(spec\.schema, value\)/,
    );
  });

  it('has no eval, no Function constructor and no network API in any package source', () => {
    expect(using(/\beval\(|new Function\(/)).toEqual([]);
    expect(
      using(/\bfetch\(|XMLHttpRequest|WebSocket|['"](node:)?(http|https|net|dgram|tls|http2)['"]|undici/),
    ).toEqual([]);
  });

  it('treats $schema, $id and $ref in a payload as data: nothing is fetched or compiled', () => {
    const fetch = vi.fn(() => {
      throw new Error('network request');
    });
    vi.stubGlobal('fetch', fetch);
    const payload = {
      $schema: 'https://attacker.example/schema.json',
      $id: 'https://attacker.example/id',
      $ref: 'https://attacker.example/ref.json#/definitions/x',
      detail: 'Not found.',
    };
    const result = validateText('x.json', JSON.stringify(payload), { kind: 'error-response' });
    expect(result.ok).toBe(true);
    // the whole fixtures folder, bad input included, goes through validation without a request
    for (const path of files(join(root, 'fixtures'), (n) => n.startsWith('payload.'))) {
      validateBytes(path, new Uint8Array(readFileSync(path)));
    }
    expect(fetch).not.toHaveBeenCalled();
  });
});
