/**
 * The one core function every adapter calls: a command request in, an answer out.
 * It never throws: bad arguments, unknown commands and failures all come back as error answers.
 */
import type { z } from 'zod';
import type { Answer, ErrorAnswer, ErrorCode } from '../answers.js';
import type { AnyCommand, CommandContext } from './definition.js';
import type { CommandRequest } from './parseLine.js';

export function errorAnswer(command: string, code: ErrorCode, message: string, details?: string[]): ErrorAnswer {
  return { command, error: { code, message, ...(details && details.length > 0 ? { details } : {}) } };
}

/** Zod's issues, reworded for people: "words: must not be empty". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
}

/** A command name as typed, compared: one leading slash dropped, case folded. */
export function normaliseName(name: string): string {
  return name.replace(/^\//, '').toLowerCase();
}

export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
  const wanted = normaliseName(name);
  return commands.find((command) => command.name === wanted);
}

/** The answer to a command name nobody knows, listing the ones there are. */
export function unknownCommand(answeredAs: string, typed: string, commands: readonly AnyCommand[]): ErrorAnswer {
  return errorAnswer(answeredAs, 'unknown_command', `There is no command "${typed}". Commands: ${commands.map((command) => command.name).join(', ')}.`);
}

export async function handleCommand(request: CommandRequest, context: CommandContext): Promise<Answer> {
  const command = findCommand(context.commands, request.name);
  if (!command) return unknownCommand(request.name || '(none)', request.name, context.commands);
  if (request.unexpected !== undefined) {
    return errorAnswer(command.name, 'invalid_arguments', `${command.name} takes no free text ("${request.unexpected.slice(0, 60)}").`);
  }
  const parsed = command.args.safeParse(request.args);
  if (!parsed.success) {
    const details = describeIssues(parsed.error.issues);
    return errorAnswer(command.name, 'invalid_arguments', `${command.name}: ${details.join('; ')}`, details);
  }
  try {
    return await command.run(parsed.data, context);
  } catch (error) {
    // A bug must not take the bot down or leak a stack trace into chat; the adapter logs `details`.
    const detail = error instanceof Error ? error.message : String(error);
    return errorAnswer(command.name, 'internal', `Something went wrong while answering ${command.name}.`, [detail]);
  }
}
