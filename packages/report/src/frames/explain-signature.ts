import { SentryOfflineError } from '@sentry-offline/schema';
import type { EventStack } from './event-stack.js';
import type { FrameInput } from './frame-input.js';
import { readStacks } from './read-stacks.js';
import type { RulesInput } from './rules/resolve-rules.js';
import { signStack } from './strategies/sign-stack.js';
import {
  SIGNATURE_STRATEGIES,
  type SignatureStrategy,
  type StrategyOptions,
} from './strategies/signature-result.js';

/** Options of {@link explainSignature}. */
export interface ExplainSignatureOptions extends StrategyOptions {
  /** The event to explain (default the first event of the input). */
  eventId?: string;
  /** Strategies to explain, in order (default all three). */
  strategies?: readonly SignatureStrategy[];
  /** Stack-trace rules, as text or parsed (default none). */
  rules?: RulesInput;
  /** Apply the built-in rules before `rules` (default `true`). */
  defaults?: boolean;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function header(stack: EventStack): string {
  const where =
    stack.source === null
      ? 'no frames'
      : `${stack.frames.length} frames from ${stack.source} ${stack.position}`;
  return `event ${stack.eventId}: ${stack.exceptionType ?? '(no exception)'}, ${where}`;
}

function frameTable(stack: EventStack): string[] {
  const width = Math.min(60, Math.max(8, ...stack.frames.map((f) => f.label.length)));
  return stack.frames.map((f) => {
    const app = f.inApp ? 'app' : 'system';
    return `  #${pad(String(f.depth), 3)} ${pad(f.label, width)}  ${pad(app, 6)}  in-app by ${f.inAppBy}`;
  });
}

/**
 * Explains one event's signatures in plain text: the crash stack with each frame's normalised name and in-app
 * decision (and the rule that made it), then for every strategy its signature and, per frame, used or skipped and why.
 * Throws `report.unknownEvent` when `eventId` is not in the input.
 * @param input the frames table, or `{ frames, exceptions, events }` from `tidyEvents`
 * @param options eventId (default the first event), strategies (default all), rules (default none),
 *   defaults (default `true`), depth (default `5`), maxLength (default `255`)
 * @example
 * process.stdout.write(explainSignature(tidyEvents([event]), { strategies: ['siggen'] }));
 */
export function explainSignature(
  input: FrameInput,
  {
    eventId,
    strategies = SIGNATURE_STRATEGIES,
    rules,
    defaults = true,
    ...options
  }: ExplainSignatureOptions = {},
): string {
  const stacks = readStacks(input, { rules, defaults });
  const stack = eventId === undefined ? stacks[0] : stacks.find((s) => s.eventId === eventId);
  if (!stack) {
    const have = stacks.slice(0, 5).map((s) => s.eventId);
    throw new SentryOfflineError(
      'report.unknownEvent',
      eventId === undefined
        ? 'no event to explain: the input has no rows'
        : `no event "${eventId}" in the input (have: ${have.join(', ')})`,
      { details: { eventId: eventId ?? null } },
    );
  }
  const lines = [header(stack), ...frameTable(stack)];
  for (const strategy of strategies) {
    const result = signStack(stack, strategy, options);
    lines.push(
      '',
      `${strategy} (${result.level}${result.fallback && result.level !== 'fallback' ? ', fallback' : ''}): ${result.signature}`,
    );
    const width = Math.min(60, Math.max(8, ...result.notes.map((n) => n.label.length)));
    for (const note of result.notes) {
      lines.push(
        `  #${pad(String(note.depth), 3)} ${pad(note.label, width)}  ${note.used ? 'used   ' : 'skipped'}  ${note.reason.replace(/^(used|skipped): /, '')}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
