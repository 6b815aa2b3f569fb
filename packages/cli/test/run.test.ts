import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from './util/temp-dir.js';
import { runCli } from './util/run-cli.js';

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('run', () => {
  it('prints the version of the package and exits 0', async () => {
    expect(await runCli(['--version'], { cwd: tempDir() })).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
  });

  it('prints help to stdout and exits 0', async () => {
    const result = await runCli(['--help'], { cwd: tempDir() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot('__goldens__/help.txt');
  });

  it('prints the help of validate', async () => {
    const result = await runCli(['validate', '--help'], { cwd: tempDir() });
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('__goldens__/validate-help.txt');
  });

  it('prints the help of tidy', async () => {
    const result = await runCli(['tidy', '--help'], { cwd: tempDir() });
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('__goldens__/tidy-help.txt');
  });

  it('shows help on stderr and exits 2 when no command is given', async () => {
    const result = await runCli([], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: sentry-offline');
  });

  it.each([
    [['nope'], "unknown command 'nope'"],
    [['validate', '--nope', 'x.json'], "unknown option '--nope'"],
    [['validate'], "missing required argument 'files'"],
    [['validate', '--kind', 'stats', 'x.json'], "argument 'stats' is invalid"],
    [['validate', '--format', 'xml', 'x.json'], "argument 'xml' is invalid"],
  ])(
    'exits 2 for the usage error %j, with the reason on stderr and nothing on stdout',
    async (argv, reason) => {
      const result = await runCli(argv, { cwd: tempDir() });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(reason);
    },
  );

  it('can be run many times in one process (a fresh program each time)', async () => {
    const cwd = tempDir({ 'a.json': '{"detail": "gone"}' });
    const first = await runCli(['validate', 'a.json'], { cwd });
    const second = await runCli(['validate', 'a.json'], { cwd });
    expect(second).toEqual(first);
  });
});
