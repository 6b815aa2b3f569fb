import { describe, expect, it } from 'vitest';
import { reasonGroup } from '../src/index.js';

describe('reasonGroup', () => {
  it.each([
    ['rate_limited', 'key_quota', 'DSN Limit'],
    ['rate_limited', 'org_quota', 'Global Limit'],
    ['rate_limited', 'project_quota', 'Global Limit'],
    ['rate_limited', 'spike_protection', 'Spike Protection'],
    ['rate_limited', 'smart_rate_limit', 'Spike Protection'],
    ['rate_limited', 'error_usage_exceeded', 'Quota'],
    ['rate_limited', 'usage_exceeded', 'Quota'],
    ['rate_limited', 'replay_disabled', 'Disabled'],
    ['abuse', 'project_abuse_limit', 'Project Abuse Limit'],
    ['cardinality_limited', 'something_new', 'Internal'],
    ['invalid', 'invalid_transaction', 'Invalid Data'],
    ['invalid', 'too_large', 'Too Large Other'],
    ['invalid', 'too_large:event', 'Too Large Event'],
    ['invalid', 'too_large:attachment:minidump', 'Too Large Minidump'],
    ['invalid', 'too_large:attachment:new_kind', 'Too Large Attachment'],
    ['invalid', 'too_large:new_item', 'Too Large Other'],
    ['invalid', 'cors', 'Disallowed Domain'],
    ['invalid', 'other_reason_a', 'Internal'],
    ['filtered', 'react-hydration-errors', 'React Hydration Errors'],
    ['filtered', 'Sampled:1234', 'Dynamic Sampling'],
    ['client_discard', 'sample_rate', 'Sample Rate'],
    ['client_discard', 'not_a_sdk_reason', 'Other'],
    ['accepted', 'none', 'None'],
  ])('%s / %s -> %s', (outcome, reason, group) => {
    expect(reasonGroup(outcome, reason)).toBe(group);
  });

  it('is null when the data were not grouped by reason', () => {
    expect(reasonGroup('rate_limited', null)).toBe(null);
  });
});
