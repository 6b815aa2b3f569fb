/** Control characters: C0, DEL and C1 (built from code points, which keeps them out of the source text). */
const CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}]`,
  'g',
);

/** Shows control characters (newlines, ANSI escapes, …) as `\u001b`-style escapes, so a payload cannot reshape a report or a terminal. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
