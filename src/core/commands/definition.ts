/**
 * A command is defined once, here in the core, as a plain object: name, description, zod
 * arguments, examples and `run`. Every adapter and the help text read the same registry.
 */
import type { z } from 'zod';
import type { Answer } from '../answers.js';
import type { CorpusIndex } from '../corpusIndex.js';

export interface CommandContext {
  /** The corpus as indexed when the command started (a reload swaps it between commands, never during one). */
  corpus: CorpusIndex;
  /** The registry, for commands that describe the others (help). */
  commands: readonly AnyCommand[];
}

/** Suggestions for an option while the user types it (Discord autocomplete, terminal completion). */
export type Completer = (corpus: CorpusIndex, typed: string) => string[];

export interface CommandDefinition<Args extends z.ZodObject> {
  /** Lowercase, dash-separated, at most 32 characters (Discord's limit). */
  name: string;
  /** At most 100 characters (Discord's limit). */
  description: string;
  /** Each option carries its own `.describe()` text, at most 100 characters. */
  args: Args;
  /** The option that the free text of a command line fills: `quote know your place`. */
  positional?: keyof z.infer<Args> & string;
  /** Full command lines, as a user would type them in the terminal. */
  examples: string[];
  complete?: Partial<Record<keyof z.infer<Args> & string, Completer>>;
  // Method syntax on purpose: a registry of different commands must hold them all as AnyCommand.
  run(args: z.infer<Args>, context: CommandContext): Answer | Promise<Answer>;
}

export type AnyCommand = CommandDefinition<z.ZodObject>;

/** Identity function that keeps each command's argument types while it is written. */
export function defineCommand<Args extends z.ZodObject>(definition: CommandDefinition<Args>): CommandDefinition<Args> {
  return definition;
}
