import { InvalidArgumentError, Option, type Command } from 'commander';
import { SentryOfflineError } from '@sentry-offline/schema';
import {
  buildReport,
  definitions,
  renderHtml,
  renderMarkdown,
  REPORT_SPLITS,
  SIGNATURE_STRATEGIES,
  type DefinitionName,
  type SignatureStrategy,
} from '@sentry-offline/report';
import type { CliContext } from '../context.js';
import { openOutput } from '../output/open-output.js';
import { writeText } from '../output/write-text.js';
import { loadReportInput } from '../report/load-report-input.js';

interface ReportCommandOptions {
  out?: string;
  title: string;
  baseline?: string[];
  format: 'html' | 'md';
  definition: DefinitionName;
  strategy: SignatureStrategy;
  top: number;
  quiet?: boolean;
}

function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

async function reportCommand(args: string[], options: ReportCommandOptions, context: CliContext) {
  const progress = context.stderr.isTTY === true && options.quiet !== true;
  const { strategy } = options;
  const input = await loadReportInput(args, context, { progress, strategy, by: REPORT_SPLITS });
  if (!input.stats && !input.events) {
    throw new SentryOfflineError(
      'cli.noInput',
      'no usage stats or events to report on: every file was invalid, unreadable, or of another kind',
    );
  }
  let baseline = null;
  if (options.baseline) {
    baseline = (await loadReportInput(options.baseline, context, { progress, strategy })).events;
    if (baseline === null)
      throw new SentryOfflineError('cli.noInput', '--baseline: no event file to compare with');
  }
  const data = buildReport(
    { files: input.files, health: input.health, stats: input.stats, events: input.events, baseline },
    { title: options.title, definition: options.definition, strategy: options.strategy, top: options.top },
  );
  const text = options.format === 'md' ? renderMarkdown(data) : await renderHtml(data);
  const output = await openOutput(context, options.out);
  await writeText(output.stream, text);
  await output.close();
  if (options.out && options.quiet !== true) context.stderr.write(`wrote ${options.out}\n`);
  if (input.invalid > 0) context.fail('cli.invalidInput');
  if (input.unreadable > 0) context.fail('cli.unreadableInput');
}

/**
 * Registers `report <files|globs|->… [--out FILE] [--title T] [--baseline FILES] [--format html|md]`: one
 * self-contained HTML page (or Markdown) over a mixed folder of usage stats and events.
 * @param program the root command
 * @param context the run's context
 * @example
 * registerReportCommand(program, context);
 */
export function registerReportCommand(program: Command, context: CliContext): void {
  program
    .command('report')
    .description('one self-contained HTML report (charts inline, no network) over usage stats and events')
    .argument('<files...>', 'files, folders (read recursively), globs, or - for stdin')
    .option('--out <file>', 'write the report to this file instead of stdout')
    .option('--title <title>', 'the report’s title', 'Sentry report')
    .option('--baseline <files...>', 'earlier events: rank changes of the top signatures')
    .addOption(new Option('--format <format>', 'output format').choices(['html', 'md']).default('html'))
    .addOption(
      new Option('--definition <name>', 'drop-rate definition (see docs/guide/drop-rates.md)')
        .choices(Object.keys(definitions))
        .default('summary'),
    )
    .addOption(
      new Option('--strategy <name>', 'signature strategy').choices(SIGNATURE_STRATEGIES).default('sentry'),
    )
    .option('--top <n>', 'rows per ranking', parseTop, 10)
    .option('-q, --quiet', 'no progress line and no "wrote" line on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sentry-offline report exports/ --out report.html --title "June"\n' +
        "  sentry-offline report 'june/*.json' --baseline 'may/*.json' --out june.html\n" +
        '  sentry-offline report exports/ --format md > report.md',
    )
    .action((args: string[], options: ReportCommandOptions) => reportCommand(args, options, context));
}
