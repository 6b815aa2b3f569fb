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

const MAX_CACHE = 100_000;

/**
 * A cached classifier over a rule list: frames repeat across events, so each distinct frame is matched once.
 * Returns the decision of the last matching rule per action (Sentry applies rules top to bottom, later wins).
 */
export function createClassifier(rules: readonly StackRule[]): (subject: RuleSubject) => FrameClass {
  const cache = new Map<string, FrameClass>();
  return (subject) => {
    const key = `${subject.family}\u0001${subject.module}\u0001${subject.function}\u0001${subject.absPath}\u0001${subject.filename}\u0001${subject.package}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const result: FrameClass = { app: undefined, appRule: null, group: true, groupRule: null };
    for (const rule of rules) {
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
