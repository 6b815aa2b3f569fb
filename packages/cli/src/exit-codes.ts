/** Exit code of a run that found nothing wrong. */
export const EXIT_OK = 0;
/** Exit code of a run with invalid or unreadable input, or a failed gate (`--fail-above`, `--fail-on-new`). */
export const EXIT_INVALID = 1;
/** Exit code of a usage error: unknown command or option, a bad option value, a missing argument. */
export const EXIT_USAGE = 2;
/** Exit code of an unexpected error: a bug in sentry-offline, to be reported. */
export const EXIT_INTERNAL = 3;

/**
 * The one table from error codes (ours `<package>.<reason>` and commander's `commander.<reason>`) to exit codes.
 * Codes not listed fall back by package: `commander.*` is a usage error, any other sentry-offline code is invalid
 * input. Documented in docs/cli.md; add a row here and there together.
 */
export const EXIT_CODES: Readonly<Record<string, number>> = {
  'commander.helpDisplayed': EXIT_OK,
  'commander.version': EXIT_OK,
  'commander.help': EXIT_USAGE,
  'commander.unknownCommand': EXIT_USAGE,
  'commander.unknownOption': EXIT_USAGE,
  'commander.invalidArgument': EXIT_USAGE,
  'commander.missingArgument': EXIT_USAGE,
  'commander.optionMissingArgument': EXIT_USAGE,
  'commander.missingMandatoryOptionValue': EXIT_USAGE,
  'commander.excessArguments': EXIT_USAGE,
  'commander.conflictingOption': EXIT_USAGE,
  'cli.usage': EXIT_USAGE,
  'cli.invalidInput': EXIT_INVALID,
  'cli.unreadableInput': EXIT_INVALID,
  'cli.noInput': EXIT_INVALID,
  'cli.mixedKinds': EXIT_INVALID,
  'cli.conflicts': EXIT_INVALID,
  'cli.gateFailed': EXIT_INVALID,
  'cli.outputFailed': EXIT_INVALID,
  'cli.tableTooLarge': EXIT_INVALID,
  'schema.invalidPayload': EXIT_INVALID,
  'cli.internal': EXIT_INTERNAL,
};

/**
 * The exit code for an error code, from {@link EXIT_CODES}.
 * @param code an error code such as `cli.mixedKinds` or `commander.unknownOption`
 * @example
 * exitCodeFor('commander.unknownOption'); // 2
 */
export function exitCodeFor(code: string): number {
  const listed = EXIT_CODES[code];
  if (listed !== undefined) return listed;
  return code.startsWith('commander.') ? EXIT_USAGE : EXIT_INVALID;
}
