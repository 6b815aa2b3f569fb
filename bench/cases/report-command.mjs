import { digest } from '../lib/digest.mjs';
import { CLI } from '../lib/paths.mjs';

const { run } = await import(CLI);

/**
 * `sentry-offline report <input> --format md`, run in-process as the bin runs it: every file validated, the events
 * folded into the report's aggregate (split by release and platform).
 */
export async function reportCommand(input) {
  const out = [];
  const sink = (into) => ({ write: (chunk) => (into.push(String(chunk)), true) });
  const stderr = [];
  const code = await run(['report', input, '--format', 'md'], {
    cwd: process.cwd(),
    stdout: sink(out),
    stderr: sink(stderr),
  });
  if (code !== 0) throw new Error(`exit code ${code}: ${stderr.join('').slice(0, 500)}`);
  const md = out.join('');
  // the report of the same events, whatever the files: the sections after the input summary
  return { digest: digest(md.slice(md.indexOf('## Top signatures'))) };
}
