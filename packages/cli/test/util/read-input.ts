import type { ReadInput } from '../../src/index.js';

/** A file as `readInputs` gives it once read: its text, in a format (default: JSON). */
export const readInput = (name: string, text: string, format: ReadInput['format'] = 'json'): ReadInput => ({
  status: 'read',
  name,
  path: null,
  format,
  text,
  bytes: text.length,
  issues: [],
});
