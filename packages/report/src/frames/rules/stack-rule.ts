/** A frame field a rule matcher looks at. */
export type RuleField = 'family' | 'module' | 'function' | 'path' | 'package';

/** One `field:glob` test of a rule; `negate` is the leading `!`. */
export interface RuleMatcher {
  field: RuleField;
  negate: boolean;
  /** The glob as written (unquoted). */
  pattern: string;
  /** The compiled glob; for `family` the comma-separated names instead. */
  regex: RegExp | null;
  families: string[] | null;
}

/** One line of a rules text: every matcher must hold for its actions to apply to a frame. */
export interface StackRule {
  matchers: RuleMatcher[];
  /** `+app` → true, `-app` → false, absent → undefined. */
  app?: boolean;
  /** `+group` → true, `-group` → false (the frame is left out of signatures). */
  group?: boolean;
  /** Where the rule was written: the rules file name (or `'defaults'`) and 1-based line. */
  source: string;
  line: number;
  /** The rule's text, trimmed, for explanations. */
  text: string;
}
