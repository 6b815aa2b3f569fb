import { describe, expect, it } from 'vitest';
import { EXIT_CODES, exitCodeFor } from '../src/index.js';

describe('exitCodeFor', () => {
  it('maps listed codes through the table', () => {
    expect(exitCodeFor('commander.version')).toBe(0);
    expect(exitCodeFor('commander.unknownOption')).toBe(2);
    expect(exitCodeFor('cli.invalidInput')).toBe(1);
    expect(exitCodeFor('cli.gateFailed')).toBe(1);
    expect(exitCodeFor('cli.internal')).toBe(3);
  });

  it('falls back to usage error for commander codes and invalid input for any other code', () => {
    expect(exitCodeFor('commander.somethingNew')).toBe(2);
    expect(exitCodeFor('transform.missingField')).toBe(1);
  });

  it('uses only the documented exit codes 0, 1, 2 and 3', () => {
    expect(new Set(Object.values(EXIT_CODES))).toEqual(new Set([0, 1, 2, 3]));
  });
});
