import { startCase } from './util/start-case.js';

// Relay's invalid reasons, gathered the way the Usage page shows them (its getReasonGroupName).
const INVALID_GROUPS: Record<string, readonly string[]> = {
  Duplicate: ['duplicate'],
  'Project Missing': ['project_id'],
  'Invalid Request': [
    'auth_version',
    'auth_client',
    'no_data',
    'disallowed_method',
    'content_type',
    'invalid_multipart',
    'invalid_msgpack',
    'invalid_json',
    'invalid_envelope',
    'timestamp',
    'duplicate_item',
  ],
  'Invalid Data': [
    'invalid_transaction',
    'invalid_span',
    'invalid_replay',
    'invalid_replay_recording',
    'invalid_replay_video',
  ],
  'Invalid Signature': ['invalid_signature', 'missing_signature'],
  Payload: ['payload', 'invalid_compression'],
  'Too Large Other': ['too_large'],
  'Too Large Event': ['too_large:event'],
  'Too Large Transaction': ['too_large:transaction'],
  'Too Large Attachment': ['too_large:attachment'],
  'Too Large Minidump': ['too_large:attachment:minidump'],
  'Too Large Apple Crash Report': ['too_large:attachment:apple_crash_report'],
  'Too Large Prosperodump': ['too_large:attachment:prosperodump'],
  'Too Large Unreal Context': ['too_large:attachment:unreal_context'],
  'Too Large Unreal Logs': ['too_large:attachment:unreal_logs'],
  'Too Large Form Data': ['too_large:form_data'],
  'Too Large Nel': ['too_large:nel'],
  'Too Large Unreal Report': ['too_large:unreal_report'],
  'Too Large User Report': ['too_large:user_report', 'too_large:user_report_v2'],
  'Too Large Session': ['too_large:session', 'too_large:sessions'],
  'Too Large Replay': ['too_large:replay_event', 'too_large:replay_recording', 'too_large:replay_video'],
  'Too Large Log': ['too_large:otel_log', 'too_large:log'],
  'Too Large Span': ['too_large:span', 'too_large:otel_span'],
  'Too Large Profile': ['too_large:profile_chunk', 'too_large:profile'],
  Minidump: ['missing_minidump_upload', 'invalid_minidump'],
  'Security Report': ['security_report', 'security_report_type'],
  Unreal: ['process_unreal'],
  'Disallowed Domain': ['cors'],
  Empty: ['no_event_payload', 'empty_envelope', 'invalid_replay_no_payload'],
  Sampling: ['transaction_sampled'],
};

const INVALID_GROUP_OF = new Map(
  Object.entries(INVALID_GROUPS).flatMap(([group, reasons]) => reasons.map((r) => [r, group] as const)),
);

const RATE_LIMIT_GROUP_OF = new Map<string, string>([
  ['org_quota', 'Global Limit'],
  ['project_quota', 'Global Limit'],
  ['key_quota', 'DSN Limit'],
  ['spike_protection', 'Spike Protection'],
  ['smart_rate_limit', 'Spike Protection'],
  ['project_abuse_limit', 'Project Abuse Limit'],
  ['org_abuse_limit', 'Org Abuse Limit'],
  ['global_abuse_limit', 'Global Abuse Limit'],
]);

// The client-report discard reasons of the SDK docs; any other is shown as "Other".
const CLIENT_DISCARD_REASONS = new Set([
  'queue_overflow',
  'cache_overflow',
  'ratelimit_backoff',
  'network_error',
  'sample_rate',
  'before_send',
  'event_processor',
  'send_error',
  'internal_sdk_error',
  'insufficient_data',
  'backpressure',
  'ignored',
]);

function invalidGroup(reason: string): string {
  // `too_large:attachment:new_kind` falls back to `too_large:attachment`, then to `too_large`
  const parts = reason.split(':');
  for (let n = parts.length; n > 0; n--) {
    const group = INVALID_GROUP_OF.get(parts.slice(0, n).join(':'));
    if (group) return group;
  }
  return 'Internal';
}

function rateLimitGroup(reason: string): string {
  // `error_usage_exceeded` and friends; a bare `usage_exceeded` is the same quota (the page says Internal)
  if (reason.endsWith('usage_exceeded')) return 'Quota';
  if (reason.endsWith('_disabled')) return 'Disabled';
  return RATE_LIMIT_GROUP_OF.get(reason) ?? 'Internal';
}

/**
 * The group the Usage page shows a raw reason under (`Spike Protection`, `DSN Limit`, `Quota`, `Invalid Data`,
 * `Too Large Event`, …); unknown invalid and rate-limit reasons are `Internal`, unknown client discards `Other`.
 * @param outcome the outcome of the row (`rate_limited`, `invalid`, …)
 * @param reason the raw reason; null when the data was not grouped by reason
 * @returns the group's label, or null when `reason` is null
 * @example
 * reasonGroup('rate_limited', 'key_quota'); // 'DSN Limit'
 */
export function reasonGroup(outcome: string, reason: string | null): string | null {
  if (reason === null) return null;
  switch (outcome) {
    case 'invalid':
      return invalidGroup(reason);
    case 'rate_limited':
    case 'abuse':
    case 'cardinality_limited':
      return rateLimitGroup(reason);
    case 'filtered':
      return reason.startsWith('Sampled:') ? 'Dynamic Sampling' : startCase(reason);
    case 'client_discard':
      return CLIENT_DISCARD_REASONS.has(reason) ? startCase(reason) : 'Other';
    default:
      return startCase(reason);
  }
}
