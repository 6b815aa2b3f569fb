import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** Registers `tidy` (written once the transform package exports its functions). */
export function registerTidyCommand(_program: Command, _context: CliContext): void {}
