import type { EventStack, StackFrame } from '../event-stack.js';
import type { FrameNote, SignatureResult, StrategyOptions } from './signature-result.js';

function skipReason(frame: StackFrame, useAll: boolean): string | null {
  if (!frame.group) return `skipped: ${frame.groupBy}`;
  if (frame.recursion) return 'skipped: recursion (same as the frame inside it)';
  if (!frame.inApp && !useAll) return `skipped: not in-app (${frame.inAppBy})`;
  return null;
}

/** The signature frames alone, without notes: what aggregates need. */
function fastParts(stack: EventStack, useAll: boolean, depth: number): string[] {
  const parts: string[] = [];
  for (const frame of stack.frames) {
    if (parts.length >= depth) break;
    if (frame.group && !frame.recursion && (useAll || frame.inApp)) parts.push(frame.label);
  }
  return parts;
}

/**
 * Signature in the manner of Sentry's grouping: the exception type and the in-app frames (all frames when there
 * are none), crash site first, cut to `depth` frames (hierarchical level `app-depth-N`), joined with ` | `.
 * `-group` frames and recursion are left out.
 * @param stack one event's crash stack
 * @param options depth (default `5`), notes (default `true`)
 * @example
 * signSentry(stack, { depth: 1 }).signature; // 'TypeError | renderCart'
 */
export function signSentry(
  stack: EventStack,
  { depth = 5, notes: withNotes = true }: StrategyOptions = {},
): SignatureResult {
  const useAll = !stack.frames.some((f) => f.inApp && f.group && !f.recursion);
  const notes: FrameNote[] = [];
  const parts: string[] = [];
  if (!withNotes) parts.push(...fastParts(stack, useAll, depth));
  for (const frame of withNotes ? stack.frames : []) {
    const note = { depth: frame.depth, label: frame.label, inApp: frame.inApp, used: false, reason: '' };
    notes.push(note);
    const skip = skipReason(frame, useAll);
    if (skip !== null) note.reason = skip;
    else if (parts.length >= depth) note.reason = `skipped: beyond app-depth-${depth}`;
    else {
      note.used = true;
      note.reason = useAll ? 'used: no in-app frames, so every frame counts' : 'used: in-app';
      parts.push(frame.label);
    }
  }
  const type = stack.exceptionType ?? '(no exception)';
  const signature = parts.length > 0 ? [type, ...parts].join(' | ') : `${type} | (no frames)`;
  return {
    eventId: stack.eventId,
    strategy: 'sentry',
    signature,
    level: `app-depth-${parts.length}`,
    fallback: useAll && parts.length > 0,
    notes,
  };
}
