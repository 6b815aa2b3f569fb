import { familyMatches, type PlatformFamily } from '../platform-family.js';
import type { RuleMatcher, StackRule } from './stack-rule.js';

/** The fields of a frame that rules look at (paths with `/` separators). */
export interface RuleSubject {
  family: PlatformFamily;
  module: string | null;
  function: string | null;
  /** abs_path and filename, either may be null. */
  absPath: string | null;
  filename: string | null;
  package: string | null;
}

function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

function test(matcher: RuleMatcher, subject: RuleSubject): boolean {
  const regex = matcher.regex!;
  switch (matcher.field) {
    case 'module':
      return subject.module !== null && regex.test(subject.module);
    case 'function':
      return subject.function !== null && regex.test(subject.function);
    case 'path':
      return (
        (subject.absPath !== null && regex.test(subject.absPath)) ||
        (subject.filename !== null && regex.test(subject.filename))
      );
    case 'package':
      return (
        subject.package !== null && (regex.test(subject.package) || regex.test(basename(subject.package)))
      );
    default:
      return matcher.families!.some((f) => familyMatches(f, subject.family));
  }
}

/** True when every matcher of the rule holds for the frame (a `!` matcher holds when its test fails). */
export function matchRule(rule: StackRule, subject: RuleSubject): boolean {
  for (const matcher of rule.matchers) {
    if (test(matcher, subject) === matcher.negate) return false;
  }
  return true;
}
