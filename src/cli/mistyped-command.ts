import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { closest } from '../engine/suggest.js';

/**
 * The command `argv` most likely meant, when its first word is a typo of one (`valdate`). As
 * validate is the default command, commander would take such a word for a path to validate and
 * report a missing file; a word that names an existing path is still that path.
 */
export function mistypedCommand(argv: readonly string[], program: Command, cwd: string): string | undefined {
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) return undefined;
  const names = [...program.commands.flatMap((command) => [command.name(), ...command.aliases()]), 'help'];
  if (names.includes(first)) return undefined;
  const guess = closest(first, names);
  if (guess === undefined || existsSync(path.resolve(cwd, first))) return undefined;
  return guess;
}
