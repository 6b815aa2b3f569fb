import type { EventStack, StackFrame } from '../event-stack.js';
import type { FrameNote, SignatureResult, StrategyOptions } from './signature-result.js';
import { SIGGEN_IRRELEVANT, SIGGEN_PREFIX } from './siggen-lists.js';

const MAX_CACHE = 100_000;
const listCache = new Map<string, readonly [irrelevant: string | undefined, prefix: string | undefined]>();

/** Which siggen list entries a label matches, memoised: labels repeat across events. */
function lists(label: string): readonly [string | undefined, string | undefined] {
  let hit = listCache.get(label);
  if (hit === undefined) {
    if (listCache.size >= MAX_CACHE) listCache.clear();
    const first = (list: typeof SIGGEN_PREFIX) => list.find(([, re]) => re.test(label))?.[0];
    listCache.set(label, (hit = [first(SIGGEN_IRRELEVANT), first(SIGGEN_PREFIX)]));
  }
  return hit;
}

interface Step {
  used: boolean;
  /** The walk ends at this frame. */
  stop: boolean;
  reason: string;
}

const AFTER: Step = { used: false, stop: false, reason: 'skipped: after the signature frame' };

/** The kept frames joined with ` | ` and cut at maxLength; `EMPTY: …` when none was kept. */
function joinSignature(parts: string[], frames: number, maxLength: number): string {
  const signature =
    parts.length > 0 ? parts.join(' | ') : `EMPTY: ${frames === 0 ? 'no frames' : 'no relevant frames'}`;
  return signature.length > maxLength ? signature.slice(0, maxLength - 3) + '...' : signature;
}

/** What siggen does with one frame on its walk. */
function step(frame: StackFrame): Step {
  if (!frame.group) return { used: false, stop: false, reason: `skipped: ${frame.groupBy}` };
  if (frame.recursion)
    return { used: false, stop: false, reason: 'skipped: recursion (same as the frame inside it)' };
  const [irrelevant, prefix] = lists(frame.label);
  if (irrelevant) return { used: false, stop: false, reason: `skipped: irrelevant (${irrelevant})` };
  if (prefix) return { used: true, stop: false, reason: `prefix (${prefix}): kept, walk on` };
  return { used: true, stop: true, reason: 'signature frame' };
}

/**
 * Signature in the manner of Mozilla Socorro's siggen: walk out from the crash site, skip irrelevant frames
 * (raising, aborting, panicking; `-group` rules; recursion), keep prefix frames (allocation, copying…) and go on,
 * stop at the first other frame; join with ` | ` and cut at `maxLength`. In-app flags play no part.
 * @param stack one event's crash stack
 * @param options maxLength (default `255`), notes (default `true`)
 * @example
 * signSiggen(stack).signature; // 'memcpy | nsTArray<T>::AppendElements'
 */
export function signSiggen(
  stack: EventStack,
  { maxLength = 255, notes: withNotes = true }: StrategyOptions = {},
): SignatureResult {
  const notes: FrameNote[] = [];
  const parts: string[] = [];
  let done = false;
  for (const frame of stack.frames) {
    if (done && !withNotes) break;
    const { used, stop, reason }: Step = done ? AFTER : step(frame);
    if (used) parts.push(frame.label);
    done ||= stop;
    if (!withNotes) continue;
    const why = stop && parts.length > 1 ? 'signature frame (after prefix frames)' : reason;
    notes.push({ depth: frame.depth, label: frame.label, inApp: frame.inApp, used, reason: why });
  }
  return {
    eventId: stack.eventId,
    strategy: 'siggen',
    signature: joinSignature(parts, stack.frames.length, maxLength),
    level: `frames-${parts.length}`,
    fallback: false,
    notes,
  };
}
