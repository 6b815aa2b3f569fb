import type { Finding, PayloadKind } from './types.js';

/** What a kind's own checks return: findings, and facts learnt on the way (interval, groupBy, …). */
export interface CheckResult {
  findings: Finding[];
  facts?: object;
}

/** One payload kind: its JSON Schema and the checks JSON Schema cannot express. */
export interface KindSpec<T> {
  kind: PayloadKind;
  /** One line for humans: which endpoint saves this kind. */
  description: string;
  schema: object;
  /** Runs only on a value that passed the schema, so it may rely on the schema's shape. */
  check?: (value: T) => CheckResult;
}

/** Ties a schema-derived type to its checks; the registry stores specs without their type. */
export function defineKind<T>(spec: KindSpec<T>): KindSpec<never> {
  return spec as unknown as KindSpec<never>;
}
