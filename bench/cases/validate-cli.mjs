import { CLI } from '../lib/paths.mjs';

const { validateNdjsonFile } = await import(new URL('inputs/validate-ndjson-file.js', CLI).href);

/** What `sentry-offline validate` does with a large NDJSON file: each line through validateText (text checks too). */
export async function validateCli(input) {
  const result = await validateNdjsonFile(input, input, { onValue: () => {} });
  return { events: result.documents, invalid: result.rejected };
}
