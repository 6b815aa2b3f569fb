/** ANSI styles; each returns its input unchanged when colours are off. */
export interface Colors {
  readonly enabled: boolean;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const style = (enabled: boolean, open: number, close: number) => (text: string) =>
  enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/**
 * A minimal set of ANSI colours, used only for terminals (the caller decides: TTY and no `NO_COLOR`).
 * @param enabled whether to colour at all
 * @example
 * const c = createColors(process.stdout.isTTY === true && !process.env.NO_COLOR);
 * c.red('error');
 */
export function createColors(enabled: boolean): Colors {
  return {
    enabled,
    red: style(enabled, 31, 39),
    yellow: style(enabled, 33, 39),
    green: style(enabled, 32, 39),
    dim: style(enabled, 2, 22),
    bold: style(enabled, 1, 22),
  };
}
