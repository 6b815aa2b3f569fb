import { describe, expect, it } from 'vitest';
import { runCli } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

const EVENT = JSON.stringify({
  event_id: 'a'.repeat(32),
  platform: 'native',
  timestamp: 1763802112,
  exception: {
    values: [
      {
        type: 'SIGABRT',
        stacktrace: {
          frames: [
            { function: 'main', filename: 'main.c', lineno: 3 },
            { function: 'check(int)', filename: 'check.c', lineno: 9 },
            { function: 'abort', package: '/usr/lib/libc.so.6' },
          ],
        },
      },
    ],
  },
});

describe('sentry-offline explain', () => {
  it('prints why the event gets its signature, frame by frame', async () => {
    const cwd = tempDir({ 'event.json': EVENT });
    const { code, stdout } = await runCli(['explain', 'event.json', '--strategy', 'siggen'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('siggen (frames-1): check\n');
    expect(stdout).toContain('  #0   abort     skipped  irrelevant (abort and raise)\n');
    expect(stdout).not.toContain('top-frame');
  });

  it('applies a rules file and --no-default-rules', async () => {
    const cwd = tempDir({ 'event.json': EVENT, 'rules.txt': 'function:main -group\n' });
    const { stdout } = await runCli(
      ['explain', 'event.json', '--strategy', 'sentry', '--rules', 'rules.txt', '--no-default-rules'],
      { cwd },
    );
    // no default rules: abort counts as app code; main is left out by the rule
    expect(stdout).toContain('sentry (app-depth-2): SIGABRT | abort | check\n');
    expect(stdout).toContain('skipped  rules.txt:1 function:main -group');
  });

  it('exits 1 for an event id not in the file', async () => {
    const cwd = tempDir({ 'event.json': EVENT });
    const { code, stderr } = await runCli(['explain', 'event.json', '--event', 'nope'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain('report.unknownEvent');
  });

  it('prints its help (a golden)', async () => {
    const { code, stdout } = await runCli(['explain', '--help'], { cwd: tempDir() });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('../__goldens__/explain-help.txt');
  });
});
