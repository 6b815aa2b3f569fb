/** The signature strategies, side by side. */
export type SignatureStrategy = 'siggen' | 'sentry' | 'top-frame';

/** Every strategy, in the order reports show them. */
export const SIGNATURE_STRATEGIES: readonly SignatureStrategy[] = ['siggen', 'sentry', 'top-frame'];

/** What one strategy did with one frame. */
export interface FrameNote {
  depth: number;
  label: string;
  inApp: boolean;
  /** True when the frame is part of the signature. */
  used: boolean;
  /** Why: `crash site`, `in-app`, `prefix (malloc)`, `skipped: irrelevant (abort)`, `skipped: rules:2 … -group`… */
  reason: string;
}

/** One event's signature under one strategy, with the reasons for it. */
export interface SignatureResult {
  eventId: string;
  strategy: SignatureStrategy;
  signature: string;
  /** `app-depth-N` for the sentry strategy, `frames-N` for siggen, `top-frame`, `fallback` or `no-frames` for top-frame. */
  level: string;
  /** True when the stack had no in-app frame and a fallback decided. */
  fallback: boolean;
  notes: FrameNote[];
}

/** Options shared by the strategies. */
export interface StrategyOptions {
  /** Sentry strategy: how many in-app frames, 1..5 and more (default `5`). */
  depth?: number;
  /** siggen: longest signature before it is cut with `...` (default `255`). */
  maxLength?: number;
  /** Build the per-frame notes (default `true`); aggregates turn them off for speed and get `notes: []`. */
  notes?: boolean;
}
