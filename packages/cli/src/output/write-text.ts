import type { OutputStream } from '../context.js';

/**
 * Writes text to a stream and, when the stream asks to wait (`write` returned `false`), waits for `drain`, so
 * that large outputs do not pile up in memory.
 * @param stream where to write
 * @param text what to write
 * @example
 * await writeText(context.stdout, 'done\n');
 */
export async function writeText(stream: OutputStream, text: string): Promise<void> {
  if (text === '') return;
  const ok = stream.write(text);
  if (ok === false && stream.once) {
    const once = stream.once.bind(stream);
    await new Promise<void>((resolve) => once('drain', resolve));
  }
}
