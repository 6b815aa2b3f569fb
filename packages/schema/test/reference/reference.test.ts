import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { validate, validateText, type PayloadKind } from '../../src/index.js';
import { referenceDir } from './reference-dir.js';

/**
 * The expected outcome of every public payload in ../shared/reference/sentry: its kind, or why it is not one
 * (`unsupported`: a real Sentry response of a kind this tool does not read; `invalid`: broken on purpose).
 */
type Expectation = PayloadKind | { unsupported: RegExp } | { invalid: PayloadKind; because: RegExp };

const folders = [
  'samples',
  'stats_v2',
  'stats_summary',
  'stats_legacy',
  'events',
  'events_list',
  'issues',
  'discover',
  'raw_events',
  'openapi/examples',
];

const expected: Record<string, Expectation> = {
  'discover/sentry-mcp/events-errors-empty.json': 'discover',
  'discover/sentry-mcp/events-errors.json': 'discover',
  'discover/sentry-mcp/events-spans-empty.json': 'discover',
  'events/sentry-api-docs-cache-2015/RetrieveEventForProject.python.json': 'event',
  'events/sentry-cli/get-issue-latest-event.json': 'event',
  'events/sentry-mcp/default-event.json': 'event',
  'events/sentry-mcp/event-attachments.json': { unsupported: /attachments/ },
  'events/sentry-mcp/generic-event.json': 'event',
  'events/sentry-mcp/performance-event.json': 'event',
  'events/sentry-mcp/trace-event.json': 'event',
  'events/sentry-mcp/unknown-event.json': 'event',
  'events_list/sentry-cli/list-events.json': 'events-list',
  'events_list/sentry-docs-2020/get-group-events.json': 'events-list',
  'events_list/sentry-docs-2020/get-project-events.json': 'events-list',
  'issues/sentry-api-docs-cache-2015/ListProjectAggregates.json': 'issues-list',
  'issues/sentry-cli/get-issues.json': 'issues-list',
  'issues/sentry-mcp/feedback-issue.json': 'issue',
  'issues/sentry-mcp/issue-null-culprit.json': 'issue',
  'issues/sentry-mcp/issue.json': 'issue',
  'issues/sentry-mcp/regressed-issue.json': 'issue',
  'issues/sentry-mcp/unsupported-issue.json': 'issue',
  'openapi/examples/getOrganizationIssue.ReturnAnIssue.json': 'issue',
  'openapi/examples/getOrganizationIssueEvent.ReturnAnIssueEvent.json': 'event',
  'openapi/examples/getOrganizationSessions.QuerySessions.json': { unsupported: /sessions/ },
  'openapi/examples/getOrganizationStatsSummary.GetEventCountsForProjectsInAnOrganization.json':
    'stats-summary',
  'openapi/examples/getProjectEvent.ReturnAnIssueEvent.json': 'event',
  'openapi/examples/listOrganizationEvents.QueryEvents.json': 'discover',
  'openapi/examples/listOrganizationEventsTimeseries.QueryTopEventsAsATimeseries.json': 'events-timeseries',
  'openapi/examples/listOrganizationIssueEvents.ReturnAListOfErrorEventsBoundToAnIssue.json': 'events-list',
  'openapi/examples/listOrganizationIssues.ReturnAListOfIssuesForAnOrganization.json': 'issues-list',
  'openapi/examples/listOrganizationStatsV2.RetrieveEventCountsV2.json': 'stats-v2',
  'openapi/examples/listProjectEventAttachments.ReturnAListOfAttachmentsForAnEvent.json': {
    unsupported: /attachments/,
  },
  'openapi/examples/listProjectEvents.ReturnAListOfErrorEventsBoundToAProject.json': 'events-list',
  'openapi/examples/listProjectStats.ProjectEventCounts.json': 'stats-series',
  'openapi/examples/resolveOrganizationEventId.EventExample.json': { unsupported: /event-id lookup/ },
  'raw_events/sentry-cli/get-event-frame-no-inapp.json': 'raw-event',
  'raw_events/sentry-cli/get-event-missing-exception.json': 'raw-event',
  'raw_events/sentry-cli/get-event-missing-stacktrace.json': 'raw-event',
  'raw_events/sentry-cli/get-event.json': 'raw-event',
  'samples/android-transaction.json': 'raw-event',
  'samples/android.json': 'raw-event',
  'samples/cocoa.json': 'raw-event',
  'samples/csp.json': 'raw-event',
  'samples/empty-exception.json': 'raw-event',
  'samples/empty-stacktrace.json': 'raw-event',
  'samples/exception-with-stack-trace-and-crashed-thread-without-stack-trace.json': 'raw-event',
  'samples/exception-without-stack-trace-and-crashed-thread-with-stack-trace.json': 'raw-event',
  'samples/exceptions-and-no-threads.json': 'raw-event',
  'samples/generic-event-profiling.json': { unsupported: /occurrence/ },
  // Sentry's sample of interfaces holding values of the wrong type, which Relay's event schema rejects: breadcrumb
  // data that is not a mapping, a numeric mechanism description and logentry.formatted, sdk.integrations not a list
  'samples/invalid-interfaces.json': {
    invalid: 'raw-event',
    because:
      /expected object or null, found string "must be a mapping"\nexpected string or null, found number 42\nexpected string or null, found number 42\nexpected array or null, found string "no list"/,
  },
  'samples/java.json': 'raw-event',
  'samples/javascript.json': 'raw-event',
  'samples/native.json': 'raw-event',
  'samples/pii-tooltips.json': 'raw-event',
  'samples/pii.json': 'raw-event',
  'samples/python-omittedbody.json': 'raw-event',
  'samples/python-transaction.json': 'raw-event',
  'samples/python.json': 'raw-event',
  'samples/react-native.json': 'raw-event',
  'samples/transaction-consecutive-db-queries.json': 'raw-event',
  'samples/transaction-n-plus-one-api-call.json': 'raw-event',
  'samples/transaction.json': 'raw-event',
  'stats_legacy/sentry-api-docs-cache-2015/RetrieveEventCountsOrganization.json': 'stats-series',
  'stats_summary/sentry-src/massage_sessions_result_summary.docstring-example.json': 'stats-summary',
  'stats_summary/sentry-tests-2023/test_category_filter.json': 'stats-summary',
  'stats_summary/sentry-tests-2023/test_future_request.json': 'stats-summary',
  'stats_summary/sentry-tests-2023/test_open_membership_semantics.json': 'stats-summary',
  'stats_summary/sentry-tests-2023/test_org_project_totals_per_project.json': 'stats-summary',
  'stats_summary/sentry-tests-2023/test_org_simple.json': 'stats-summary',
  'stats_summary/sentry-tests-2023/test_project_filter.json': 'stats-summary',
  'stats_summary/sentry-tests-2023/test_user_all_accessible.json': 'stats-summary',
  'stats_v2/sentry-frontend-spec-2023/index.spec.mockStatsResponse.json': 'stats-v2',
  'stats_v2/sentry-frontend-spec-latest/mapSeriesToChart.spec.mockSeries.json': 'stats-v2',
  'stats_v2/sentry-frontend-spec-latest/mapSeriesToChart.spec.rateLimitedAbuseCardinality.json': 'stats-v2',
  'stats_v2/sentry-js-stub-2022/Outcomes.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_category_filter.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_future_request.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_minute_interval.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_org_group_by_project.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_org_simple.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_outcome_filter.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_project_filter.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_timeseries_interval.1.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_timeseries_interval.2.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_user_no_proj_specific_access.json': 'stats-v2',
  'stats_v2/sentry-tests-2023/test_user_org_total_all_accessible.json': 'stats-v2',
  'stats_v2/sentry-tests-latest/test_future_request.json': 'stats-v2',
  'stats_v2/sentry-tests-latest/test_open_membership_semantics.json': 'stats-v2',
  'stats_v2/sentry-tests-latest/test_org_group_by_project.json': 'stats-v2',
  'stats_v2/sentry-tests-latest/test_org_simple.json': 'stats-v2',
  'stats_v2/sentry-tests-latest/test_timeseries_interval.1.json': 'stats-v2',
  'stats_v2/sentry-tests-latest/test_user_no_proj_specific_access.json': 'stats-v2',
  'stats_v2/sentry-tests-latest/test_user_org_total_all_accessible.json': 'stats-v2',
};

const present = existsSync(referenceDir);
if (!present && process.env.CI)
  throw new Error(`the reference corpus is missing at ${referenceDir}; CI always has ../shared`);

describe.skipIf(!present)(`reference payloads in ${referenceDir}`, () => {
  const files = present
    ? fg
        .sync(
          folders.map((f) => `${f}/**/*.json`),
          { cwd: referenceDir },
        )
        .filter((f) => !/(^|\/)_/.test(f))
        .sort()
    : [];

  it('lists an expectation for every payload file, and a file for every expectation', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  for (const file of files) {
    const expectation = expected[file];
    it(`${file}: ${typeof expectation === 'string' ? expectation : JSON.stringify(expectation)}`, () => {
      const text = readFileSync(join(referenceDir, file), 'utf8');
      const result = validateText(file, text);
      const errors = result.issues.filter((i) => i.severity === 'error');
      if (typeof expectation === 'string') {
        expect({ kind: result.kind, errors }).toEqual({ kind: expectation, errors: [] });
        expect(result.ok).toBe(true);
      } else if ('unsupported' in expectation) {
        expect(result.kind).toBeNull();
        expect(errors).toHaveLength(1);
        expect(errors[0].message).toMatch(expectation.unsupported);
      } else {
        expect(result.kind).toBe(expectation.invalid);
        expect(result.ok).toBe(false);
        expect(errors.map((e) => e.message).join('\n')).toMatch(expectation.because);
      }
    });
  }

  it('reads every saved error body of the endpoint tests as an error-response', () => {
    const manifests = fg.sync(
      ['stats_v2/**/_error_responses.json', 'stats_summary/**/_error_responses.json'],
      { cwd: referenceDir },
    );
    expect(manifests.length).toBeGreaterThan(0);
    for (const manifest of manifests) {
      const entries = JSON.parse(readFileSync(join(referenceDir, manifest), 'utf8')) as Array<{
        test: string;
        response: unknown;
      }>;
      for (const entry of entries) {
        const detected = validate(entry.response, { file: `${relative('.', manifest)}#${entry.test}` });
        expect(detected.kind).toBe('error-response');
        expect(detected.issues.map((i) => i.keyword)).toEqual(['errorResponse']);
        expect(validate(entry.response, { kind: 'error-response' }).ok).toBe(true);
      }
    }
  });
});
