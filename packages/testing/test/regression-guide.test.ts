import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '@sentry-offline/cli';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const example = join(root, 'docs', 'examples', 'regression');
const guide = readFileSync(join(root, 'docs', 'guide', 'regression-tests.md'), 'utf8');

/** Runs the CLI in-process in the example folder. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
  const chunks: string[] = [];
  const stdout = { write: (chunk: string) => void chunks.push(chunk) };
  const code = await run(argv, { cwd: example, stdout, stderr: stdout });
  return { code, stdout: chunks.join('') };
}

/** The guide's shell sessions: `$ sentry-offline …`, its output, then `$ echo $?` and the exit code. */
function sessions(): { argv: string[]; output: string; code: number }[] {
  const blocks = [...guide.matchAll(/```sh\n\$ sentry-offline (.*)\n([\s\S]*?)\$ echo \$\?\n(\d+)\n```/g)];
  return blocks.map(([, command, output, code]) => ({
    argv: command.split(' '),
    output,
    code: Number(code),
  }));
}

describe('docs/guide/regression-tests.md', () => {
  it('shows the example vitest file as it is', () => {
    const shown = /<!-- file: docs\/examples\/regression\/exports\.test\.ts -->\n+```ts\n([\s\S]*?)```/.exec(
      guide,
    );
    expect(shown?.[1]).toBe(readFileSync(join(example, 'exports.test.ts'), 'utf8'));
  });

  it('has two shell sessions', () => {
    expect(sessions().map((s) => s.code)).toEqual([0, 1]);
  });

  for (const [i, session] of sessions().entries()) {
    it(`session ${i + 1} prints what the guide shows and exits ${session.code}`, async () => {
      const { code, stdout } = await cli(session.argv);
      expect(stdout).toBe(session.output);
      expect(code).toBe(session.code);
    });
  }

  it('runs the CI step: it fails and writes Markdown', async () => {
    const step = /run: npx sentry-offline (.*) > drift\.md\n/.exec(guide);
    const { code, stdout } = await cli(step![1].split(' '));
    expect(code).toBe(1);
    expect(stdout).toContain('**Result: drift in shape and numbers**');
    expect(stdout).toContain('- ➕ category `span` at `/groups/*/by/category`, in 1 of 1 new payloads');
  });
});
