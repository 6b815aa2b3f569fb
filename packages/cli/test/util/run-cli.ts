import { run } from '../../src/index.js';

/** A stream that keeps what is written to it. */
export function fakeStream({ isTTY = false }: { isTTY?: boolean } = {}) {
  const chunks: string[] = [];
  return {
    isTTY,
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(''),
  };
}

/** What one in-process run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with fake streams; `stdin` is given as text (default: no stdin). */
export async function runCli(
  argv: string[],
  {
    cwd,
    stdin,
    env = {},
    tty = false,
  }: { cwd: string; stdin?: string | Buffer; env?: Record<string, string>; tty?: boolean },
): Promise<CliRun> {
  const stdout = fakeStream({ isTTY: tty });
  const stderr = fakeStream({ isTTY: tty });
  const input =
    stdin === undefined
      ? undefined
      : (async function* () {
          yield typeof stdin === 'string' ? Buffer.from(stdin) : stdin;
        })();
  const code = await run(argv, { cwd, stdout, stderr, stdin: input, env });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
