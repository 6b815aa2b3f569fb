import { DEFAULT_RULES } from './default-rules.js';
import { parseRules } from './parse-rules.js';
import type { StackRule } from './stack-rule.js';

/** Rules as text (parsed with file name `'rules'`) or already parsed. */
export type RulesInput = string | readonly StackRule[];

let parsedDefaults: { stdlib: StackRule[]; rest: StackRule[] } | null = null;

function defaults(): { stdlib: StackRule[]; rest: StackRule[] } {
  parsedDefaults ??= {
    stdlib: parseRules(DEFAULT_RULES.stdlib, { file: 'defaults:stdlib' }),
    rest: [
      ...parseRules(DEFAULT_RULES.libraries, { file: 'defaults:libraries' }),
      ...parseRules(DEFAULT_RULES.sdk, { file: 'defaults:sdk' }),
    ],
  };
  return parsedDefaults;
}

/** The rule list to apply (defaults first, so the caller's rules win) and the standard-library rules alone. */
export function resolveRules(
  rules: RulesInput | undefined,
  useDefaults: boolean,
): { all: StackRule[]; stdlib: StackRule[] } {
  const own = rules === undefined ? [] : typeof rules === 'string' ? parseRules(rules) : [...rules];
  if (!useDefaults) return { all: own, stdlib: [] };
  const d = defaults();
  return { all: [...d.stdlib, ...d.rest, ...own], stdlib: d.stdlib };
}
