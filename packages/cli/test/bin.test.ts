import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from './util/temp-dir.js';

const bins = ['bin.bundle.js', 'bin.js'].map((name) =>
  fileURLToPath(new URL(`../dist/${name}`, import.meta.url)),
);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// the package's bin is the one-file bundle (it starts in ~0.15 s); the modules it is made from must work too
describe.each(bins)('the built sentry-offline bin %s', (bin) => {
  it('runs under node and prints the version (build first: `pnpm build`, which `pnpm test` does)', async () => {
    expect(existsSync(bin), `${bin} is missing: run \`npx -y pnpm@10 build\``).toBe(true);
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

  it('aggregates frames on a worker thread started from the worker bundle', async () => {
    // over 16 MiB of NDJSON (twice the task size), so that the input is cut into tasks and the worker takes some
    const fixture = new URL('../../../fixtures/event/python-django-chained/payload.json', import.meta.url);
    const event = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, unknown>;
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 17 << 20; i++) {
      lines.push(JSON.stringify({ ...event, eventID: i.toString(16).padStart(32, '0') }));
      size += lines[i].length + 1;
    }
    const cwd = tempDir({ 'events.ndjson': lines.join('\n') });
    const args = ['frames', 'events.ndjson', '--format', 'json', '--workers'];
    const run = (workers: string) => promisify(execFile)(process.execPath, [bin, ...args, workers], { cwd });
    const [inline, pooled] = await Promise.all([run('0'), run('1')]);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(JSON.parse(pooled.stdout)[0].count).toBe(lines.length);
    expect(pooled.stderr).toBe(inline.stderr);
  });
});
