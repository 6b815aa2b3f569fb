import { familyMatches, type PlatformFamily } from '../platform-family.js';
import { matchRule, type RuleSubject } from './match-rule.js';
import type { StackRule } from './stack-rule.js';

/** What the rules decided for one frame: the last matching rule of each action wins. */
export interface FrameClass {
  /** `+app`/`-app` of the last rule that set it, or undefined. */
  app: boolean | undefined;
  appRule: StackRule | null;
  /** False when a `-group` rule (not undone by a later `+group`) matched. */
  group: boolean;
  groupRule: StackRule | null;
}

// a key of ~150 characters and a decision a frame: under ~10 MB (it starts again when full)
const MAX_CACHE = 50_000;

/** The cache key of a rule subject: every field rules look at. Two classifiers of one frame can share it. */
export function subjectKey(subject: RuleSubject): string {
  return `${subject.family}\u0001${subject.module}\u0001${subject.function}\u0001${subject.absPath}\u0001${subject.filename}\u0001${subject.package}`;
}

/**
 * A cached classifier over a rule list: frames repeat across events, so each distinct frame is matched once.
 * Returns the decision of the last matching rule per action (Sentry applies rules top to bottom, later wins).
 * `key` is the subject's {@link subjectKey}, for a caller that asks two classifiers about one frame.
 */
export function createClassifier(
  rules: readonly StackRule[],
): (subject: RuleSubject, key?: string) => FrameClass {
  const cache = new Map<string, FrameClass>();
  // most rules start with a family matcher (the defaults all do): each family gets the rules that can match it,
  // in their order, so a frame is tested against its own family's rules only
  const byFamily = new Map<PlatformFamily, readonly StackRule[]>();
  const rulesFor = (family: PlatformFamily) => {
    let list = byFamily.get(family);
    if (list === undefined) {
      list = rules.filter((rule) =>
        rule.matchers.every(
          (m) => m.field !== 'family' || m.negate || m.families!.some((f) => familyMatches(f, family)),
        ),
      );
      byFamily.set(family, list);
    }
    return list;
  };
  return (subject, key = subjectKey(subject)) => {
    const hit = cache.get(key);
    if (hit) return hit;
    const result: FrameClass = { app: undefined, appRule: null, group: true, groupRule: null };
    for (const rule of rulesFor(subject.family)) {
      if ((rule.app === undefined && rule.group === undefined) || !matchRule(rule, subject)) continue;
      if (rule.app !== undefined) {
        result.app = rule.app;
        result.appRule = rule;
      }
      if (rule.group !== undefined) {
        result.group = rule.group;
        result.groupRule = rule;
      }
    }
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(key, result);
    return result;
  };
}
