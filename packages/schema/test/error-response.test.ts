import { describe, expect, it } from 'vitest';
import { validate } from '../src/index.js';

describe('errorResponseSchema', () => {
  it('accepts a text detail and an object detail when the kind is given', () => {
    expect(validate({ detail: 'Invalid token' }, { kind: 'error-response' })).toMatchObject({
      ok: true,
      issues: [],
    });
    const sudo = {
      detail: { code: 'sudo-required', message: 'Account verification required.', extra: null },
    };
    expect(validate(sudo, { kind: 'error-response' })).toMatchObject({ ok: true, issues: [] });
  });

  it('rejects a detail that is neither text nor an object, and an object detail with a non-text message', () => {
    expect(
      validate({ detail: 429 }, { kind: 'error-response' }).issues.map((i) => [i.pointer, i.message]),
    ).toEqual([['/detail', 'expected string or object, found number 429']]);
    const p = { detail: { code: 'x', message: 3 } };
    expect(validate(p, { kind: 'error-response' }).issues.map((i) => [i.pointer, i.keyword])).toEqual([
      ['/detail/message', 'type'],
    ]);
  });

  it('reports a detected error body as what it is, whatever its detail', () => {
    expect(
      validate({ detail: 'No projects available' }).issues.map((i) => [i.pointer, i.keyword, i.message]),
    ).toEqual([
      [
        '/detail',
        'errorResponse',
        'a Sentry API error body, not data: "No projects available"; the request failed, download the response again',
      ],
    ]);
  });
});
