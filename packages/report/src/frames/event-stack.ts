import type { PlatformFamily } from './platform-family.js';

/** One frame of an event's crash stack, normalised and classified, as signatures and aggregates see it. */
export interface StackFrame {
  /** 0 = the crash site (most recent call), counting outward. */
  depth: number;
  /** Normalised function name, or null when the frame has none. */
  function: string | null;
  rawFunction: string | null;
  module: string | null;
  package: string | null;
  filename: string | null;
  absPath: string | null;
  lineno: number | null;
  family: PlatformFamily;
  /** The frame's name in signatures: the function, qualified by module on Java, .NET and Python. */
  label: string;
  inApp: boolean;
  /** Why inApp is what it is: `payload`, a rule (`rules:3 path:**\/node_modules/** -app`) or `default`. */
  inAppBy: string;
  /** False when a `-group` rule left the frame out of signatures. */
  group: boolean;
  groupBy: string | null;
  /** Matched a standard-library default rule (runtime, OS, standard library). */
  stdlib: boolean;
  /** The third-party library (npm package, Python top module, native binary) the frame comes from, if known. */
  library: string | null;
  /** Same label and in-app flag as the frame just inside it: recursion, counted once. */
  recursion: boolean;
}

/** The crash stack of one event: its primary exception (or thread) frames, crash site first. */
export interface EventStack {
  eventId: string;
  /** Type of the exception whose stack this is (the last of the chain), or null. */
  exceptionType: string | null;
  /** Where the frames come from: `exception`, `thread`, `stacktrace`, or null for an event without frames. */
  source: string | null;
  position: number | null;
  /** Crash site first (`frames[0].depth === 0`). */
  frames: StackFrame[];
}
