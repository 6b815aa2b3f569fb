import { digest } from '../lib/digest.mjs';
import { CLI } from '../lib/paths.mjs';

const { run } = await import(CLI);

/** `sentry-offline frames <input> --table crash-sites --top 50 --format json`, run in-process as the bin runs it. */
export async function framesCommand(input) {
  const out = [];
  const sink = (into) => ({ write: (chunk) => (into.push(String(chunk)), true) });
  const stderr = [];
  const code = await run(['frames', input, '--table', 'crash-sites', '--top', '50', '--format', 'json'], {
    cwd: process.cwd(),
    stdout: sink(out),
    stderr: sink(stderr),
  });
  if (code !== 0) throw new Error(`exit code ${code}: ${stderr.join('').slice(0, 500)}`);
  return { digest: digest(out.join('')), note: stderr.join('').trim().split('\n').pop() };
}
