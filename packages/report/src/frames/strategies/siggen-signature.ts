import type { EventStack } from '../event-stack.js';
import type { FrameNote, SignatureResult, StrategyOptions } from './signature-result.js';
import { SIGGEN_IRRELEVANT, SIGGEN_PREFIX } from './siggen-lists.js';

function firstMatch(list: typeof SIGGEN_PREFIX, label: string): string | undefined {
  return list.find(([, re]) => re.test(label))?.[0];
}

/**
 * Signature in the manner of Mozilla Socorro's siggen: walk out from the crash site, skip irrelevant frames
 * (raising, aborting, panicking; `-group` rules; recursion), keep prefix frames (allocation, copying…) and go on,
 * stop at the first other frame; join with ` | ` and cut at `maxLength`. In-app flags play no part.
 * @param stack one event's crash stack
 * @param options maxLength (default `255`)
 * @example
 * signSiggen(stack).signature; // 'memcpy | nsTArray<T>::AppendElements'
 */
export function signSiggen(stack: EventStack, { maxLength = 255 }: StrategyOptions = {}): SignatureResult {
  const notes: FrameNote[] = [];
  const parts: string[] = [];
  let done = false;
  for (const frame of stack.frames) {
    const note = { depth: frame.depth, label: frame.label, inApp: frame.inApp, used: false, reason: '' };
    notes.push(note);
    if (done) {
      note.reason = 'skipped: after the signature frame';
      continue;
    }
    if (!frame.group) {
      note.reason = `skipped: ${frame.groupBy}`;
      continue;
    }
    if (frame.recursion) {
      note.reason = 'skipped: recursion (same as the frame inside it)';
      continue;
    }
    const irrelevant = firstMatch(SIGGEN_IRRELEVANT, frame.label);
    if (irrelevant) {
      note.reason = `skipped: irrelevant (${irrelevant})`;
      continue;
    }
    note.used = true;
    parts.push(frame.label);
    const prefix = firstMatch(SIGGEN_PREFIX, frame.label);
    if (prefix) note.reason = `prefix (${prefix}): kept, walk on`;
    else {
      note.reason = parts.length === 1 ? 'signature frame' : 'signature frame (after prefix frames)';
      done = true;
    }
  }
  let signature =
    parts.length > 0
      ? parts.join(' | ')
      : `EMPTY: ${stack.frames.length === 0 ? 'no frames' : 'no relevant frames'}`;
  if (signature.length > maxLength) signature = signature.slice(0, maxLength - 3) + '...';
  return {
    eventId: stack.eventId,
    strategy: 'siggen',
    signature,
    level: `frames-${parts.length}`,
    fallback: false,
    notes,
  };
}
