/**
 * Facts about an event payload computed without the transform code, for invariants: how many frames it holds and
 * where its crash site is.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const frameCount = (stacktrace: unknown): number =>
  isObject(stacktrace) && Array.isArray(stacktrace.frames)
    ? stacktrace.frames.filter((f) => f !== null && f !== undefined).length
    : 0;

/** Every frame under any stack trace of the payload (not raw stack traces), found by walking the whole JSON. */
export function countAllFrames(value: unknown, key = ''): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countAllFrames(v), 0);
  if (!isObject(value)) return 0;
  if (/^(raw_?stacktrace)$/i.test(key)) return 0;
  let n = /stacktrace$/i.test(key) || (key === 'data' && value.frames !== undefined) ? frameCount(value) : 0;
  for (const [k, v] of Object.entries(value)) if (k !== 'frames') n += countAllFrames(v, k);
  return n;
}

function values(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isObject(v) && Array.isArray(v.values)) return v.values;
  return isObject(v) && Object.keys(v).length > 0 ? [v] : [];
}

/** The exceptions and threads of either event shape. */
export function chainAndThreads(event: Json): { exceptions: unknown[]; threads: unknown[] } {
  if (Array.isArray(event.entries)) {
    const entry = (type: string) => (event.entries as Json[]).find((e) => e?.type === type)?.data;
    return { exceptions: values(entry('exception')), threads: values(entry('threads')) };
  }
  return {
    exceptions: values(event.exception ?? event['sentry.interfaces.Exception']),
    threads: values(event.threads),
  };
}

/** Frames of threads whose stack an exception of the chain already carries (`thread_id` / `threadId`). */
export function duplicatedThreadFrames(event: Json): number {
  const { exceptions, threads } = chainAndThreads(event);
  const ids = new Set(
    exceptions
      .filter((e) => isObject(e) && frameCount(e.stacktrace) > 0)
      .map((e) => String((e as Json).threadId ?? (e as Json).thread_id)),
  );
  return threads
    .filter((t) => isObject(t) && ids.has(String(t.id)))
    .reduce((n: number, t) => n + frameCount((t as Json).stacktrace), 0);
}

/** `{ position, frameIndex }` of the last frame of the last exception that has frames, or null. */
export function lastExceptionFrame(event: Json): { position: number; frameIndex: number } | null {
  const { exceptions } = chainAndThreads(event);
  for (let p = exceptions.length - 1; p >= 0; p--) {
    const e = exceptions[p];
    if (!isObject(e) || frameCount(e.stacktrace) === 0) continue;
    const frames = (e.stacktrace as Json).frames as unknown[];
    let i = frames.length - 1;
    while (frames[i] === null || frames[i] === undefined) i--;
    return { position: p, frameIndex: i };
  }
  return null;
}
