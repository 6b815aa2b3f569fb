import type { EventStack, StackFrame } from '../event-stack.js';
import type { FrameNote, SignatureResult, StrategyOptions } from './signature-result.js';

function location(frame: StackFrame): string {
  const file = frame.filename ?? frame.absPath;
  return file === null || frame.lineno === null ? frame.label : `${file}:${frame.lineno}`;
}

function usable(frame: StackFrame): boolean {
  return frame.group && !frame.recursion;
}

function signatureText(type: string, chosen: StackFrame | null, fallback: StackFrame | null): string {
  if (chosen) return `${type} @ ${location(chosen)}`;
  if (!fallback) return `${type} @ (no frames)`;
  return `${type} @ ${fallback.stdlib ? fallback.label : (fallback.library ?? fallback.label)} (no in-app frame)`;
}

/**
 * Signature in the manner of Bugsnag: the exception type and the file:line of the first in-app frame from the
 * crash site (its normalised name when it has no file or line, as native frames often do). Without one (a
 * system-only stack) the fallback is the innermost frame outside the standard library, by library
 * (`TypeError @ express (no in-app frame)`), so that system-only crashes do not share one bucket.
 * @param stack one event's crash stack
 * @param options notes (default `true`)
 * @example
 * signTopFrame(stack).signature; // 'TypeError @ src/cart.js:42'
 */
export function signTopFrame(
  stack: EventStack,
  { notes: withNotes = true }: StrategyOptions = {},
): SignatureResult {
  const chosen = stack.frames.find((f) => usable(f) && f.inApp) ?? null;
  const fallback = chosen
    ? null
    : (stack.frames.find((f) => usable(f) && !f.stdlib) ?? stack.frames.find(usable) ?? null);
  const notes: FrameNote[] = (withNotes ? stack.frames : []).map((frame) => {
    const note = { depth: frame.depth, label: frame.label, inApp: frame.inApp, used: false, reason: '' };
    if (frame === chosen) [note.used, note.reason] = [true, 'used: first in-app frame from the crash site'];
    else if (frame === fallback) {
      note.used = true;
      note.reason = frame.stdlib
        ? 'used: no in-app frame and only standard-library frames, so the innermost frame'
        : 'used: no in-app frame, so the innermost frame outside the standard library';
    } else if (!frame.group) note.reason = `skipped: ${frame.groupBy}`;
    else if (frame.recursion) note.reason = 'skipped: recursion (same as the frame inside it)';
    else if (chosen || fallback)
      note.reason =
        frame.depth < (chosen ?? fallback)!.depth
          ? `skipped: not in-app (${frame.inAppBy})`
          : 'skipped: after the signature frame';
    else note.reason = 'skipped';
    return note;
  });
  const signature = signatureText(stack.exceptionType ?? '(no exception)', chosen, fallback);
  return {
    eventId: stack.eventId,
    strategy: 'top-frame',
    signature,
    level: chosen ? 'top-frame' : fallback ? 'fallback' : 'no-frames',
    fallback: !chosen && fallback !== null,
    notes,
  };
}
