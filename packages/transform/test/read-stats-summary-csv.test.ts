import { describe, expect, it } from 'vitest';
import { SentryOfflineError } from '@sentry-offline/schema';
import { readStatsSummaryCsv, tidyStatsSummary } from '../src/index.js';
import { expectTable } from './util/expect-table.js';

// the layout of Sentry's OrganizationStatsSummaryEndpoint._generate_csv: outcomes then totals per category,
// `<name>_<category>s`, categories of the project with most categories, 0 where a project has none
const csv = [
  'project_id,project_slug,accepted_errors,filtered_errors,rate_limited_errors,invalid_errors,abuse_errors,client_discard_errors,cardinality_limited_errors,dropped_errors,sum(quantity)_errors,accepted_attachments,filtered_attachments,rate_limited_attachments,invalid_attachments,abuse_attachments,client_discard_attachments,cardinality_limited_attachments,dropped_attachments,sum(quantity)_attachments',
  '1,bar,6,0,0,0,0,0,0,0,6,0,0,1024,0,0,0,0,1024,1024',
  '2,foo,0,0,1,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0',
].join('\r\n');

describe('readStatsSummaryCsv', () => {
  it('splits outcome × category columns into outcome rows', () => {
    const { outcomes } = readStatsSummaryCsv(csv);
    expect(outcomes.numRows()).toBe(2 * 2 * 7);
    const nonZero = outcomes.filter((d: { quantity: number }) => d.quantity > 0);
    expectTable(nonZero, {
      project_id: [1, 1, 2],
      project_slug: ['bar', 'bar', 'foo'],
      category: ['attachment', 'error', 'error'],
      outcome: ['rate_limited', 'accepted', 'rate_limited'],
      quantity: [1024, 6, 1],
      unit: ['bytes', 'count', 'count'],
    });
  });

  it('keeps dropped and sum(quantity) in the totals table', () => {
    expectTable(readStatsSummaryCsv(csv).totals, {
      project_id: [1, 1, 2, 2],
      project_slug: ['bar', 'bar', 'foo', 'foo'],
      category: ['attachment', 'error', 'attachment', 'error'],
      dropped: [1024, 0, 0, 1],
      quantity: [1024, 6, 0, 1],
      unit: ['bytes', 'count', 'bytes', 'count'],
    });
  });

  it('gives the same tables as the JSON response of the same numbers', () => {
    const json = {
      start: '2021-03-13T00:00:00Z',
      end: '2021-03-14T12:28:00Z',
      projects: [1, 2].map((id) => ({
        id,
        slug: id === 1 ? 'bar' : 'foo',
        stats: ['error', 'attachment'].map((category) => {
          const row = readStatsSummaryCsv(csv)
            .outcomes.filter(`d.project_id === ${id} && d.category === '${category}'`)
            .objects() as { outcome: string; quantity: number }[];
          const outcomes = Object.fromEntries(row.map((r) => [r.outcome, r.quantity]));
          const dropped = (id === 1) === (category === 'attachment') ? (id === 1 ? 1024 : 1) : 0;
          const sum = Object.values(outcomes).reduce((a, b) => a + b, 0);
          return { category, outcomes, totals: { dropped, 'sum(quantity)': sum } };
        }),
      })),
    };
    const fromJson = tidyStatsSummary(json);
    expect(readStatsSummaryCsv(csv).outcomes.objects()).toEqual(fromJson.outcomes.objects());
    expect(readStatsSummaryCsv(csv).totals.objects()).toEqual(fromJson.totals.objects());
  });

  it('gives empty tables for the empty body Sentry returns when there are no projects', () => {
    expect(readStatsSummaryCsv('').outcomes.numRows()).toBe(0);
  });

  it('throws transform.invalidCsv for a header it cannot split or a value that is not a number', () => {
    const badHeader = 'project_id,project_slug,accepted errors\n1,bar,6';
    expect(() => readStatsSummaryCsv(badHeader)).toThrow(SentryOfflineError);
    expect(() => readStatsSummaryCsv(badHeader)).toThrow(
      expect.objectContaining({ code: 'transform.invalidCsv' }),
    );
    expect(() => readStatsSummaryCsv('project_id,project_slug,accepted_errors\n1,bar,six')).toThrow(
      expect.objectContaining({ code: 'transform.invalidCsv' }),
    );
    expect(() => readStatsSummaryCsv('id,slug\n1,bar')).toThrow(
      expect.objectContaining({ code: 'transform.invalidCsv' }),
    );
  });

  it('reads an outcome it does not know by the category suffix', () => {
    const { outcomes } = readStatsSummaryCsv('project_id,project_slug,new_outcome_transactions\n1,bar,3');
    expectTable(outcomes.select('category', 'outcome', 'quantity'), {
      category: ['transaction'],
      outcome: ['new_outcome'],
      quantity: [3],
    });
  });
});
