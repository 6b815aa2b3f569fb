import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('the built sentry-offline bin', () => {
  it('runs under node and prints the version (build first: `npx tsc -b`, which `pnpm test` does)', async () => {
    expect(existsSync(bin), `${bin} is missing: run \`npx tsc -b\``).toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--version']);
    expect(stdout).toBe(`${pkg.version}\n`);
  });

  it('sets the exit code without a stack trace for a usage error', async () => {
    const failure = await promisify(execFile)(process.execPath, [bin, 'validate', '--nope']).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toContain("unknown option '--nope'");
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });
});
