/**
 * Turns a typed command line (terminal, Slack's text) into a command name and raw arguments.
 * `quote know your place --source revolution --limit 2` and `/quote know your place source:revolution`
 * both work. Only known option names are taken as options, so "note: this" in a query stays text.
 */
import { optionsOf } from './options.js';
import type { AnyCommand } from './definition.js';
import { findCommand, normaliseName } from './handle.js';

export interface CommandRequest {
  name: string;
  args: Record<string, unknown>;
  /** Free text typed to a command that takes none: reported, never silently dropped. */
  unexpected?: string;
}

/** Splits on whitespace, keeping "double quoted" or “curly quoted” groups together (quotes removed). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of text.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3] ?? '');
  return tokens;
}

/** The line's first word (the command as typed) and the text after it. */
function splitName(line: string): { first: string; rest: string } {
  const trimmed = line.trim();
  const first = trimmed.split(/\s+/, 1)[0] ?? '';
  return { first, rest: trimmed.slice(first.length) };
}

/** The command name as typed: leading slash dropped, case folded. */
export function commandNameOf(line: string): string {
  return normaliseName(splitName(line).first);
}

/** Parses the text after the command name against that command's options. */
export function parseArguments(command: AnyCommand, text: string): Pick<CommandRequest, 'args' | 'unexpected'> {
  const options = optionsOf(command);
  const known = new Map(options.map((option) => [option.name.toLowerCase(), option]));
  const args: Record<string, unknown> = {};
  const free: string[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const flag = /^--([a-z][\w-]*)(?:=(.*))?$/i.exec(token);
    const colon = /^([a-z][\w-]*):(.+)$/i.exec(token);
    const option = known.get((flag?.[1] ?? colon?.[1] ?? '').toLowerCase());
    if (flag && option) {
      if (option.type === 'boolean' && flag[2] === undefined) args[option.name] = true;
      else args[option.name] = flag[2] ?? tokens[++i] ?? '';
    } else if (colon && option && !option.positional) {
      args[option.name] = colon[2];
    } else {
      free.push(token);
    }
  }
  const positional = options.find((option) => option.positional);
  if (positional && free.length > 0 && args[positional.name] === undefined) args[positional.name] = free.join(' ');
  else if (free.length > 0 && !positional) return { args, unexpected: free.join(' ') };
  return { args };
}

/** Splits a whole line into the command's name and its raw arguments. Unknown names pass through for `handleCommand` to report. */
export function parseCommandLine(line: string, commands: readonly AnyCommand[]): CommandRequest {
  const { first, rest } = splitName(line);
  // findCommand folds the word as typed exactly as the request's name is folded.
  const command = findCommand(commands, first);
  return { name: normaliseName(first), ...(command ? parseArguments(command, rest) : { args: {} }) };
}
