/**
 * Reads a command's zod arguments as a list of typed options, so that adapters can declare
 * them to their platform (Discord option types, help text) without knowing zod.
 */
import { z } from 'zod';
import type { AnyCommand } from './definition.js';

export type OptionType = 'string' | 'integer' | 'number' | 'boolean';

export interface OptionInfo {
  name: string;
  description: string;
  type: OptionType;
  required: boolean;
  positional: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}

/** Peels optional/default wrappers to reach the schema that says what the value is. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
      optional = true;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodPipe) {
      inner = inner.in as z.ZodType;
    } else {
      return { inner, optional };
    }
  }
}

function finite(value: number | null | undefined): number | undefined {
  return value !== null && value !== undefined && Number.isFinite(value) ? value : undefined;
}

function describeType(inner: z.ZodType): Pick<OptionInfo, 'type' | 'min' | 'max' | 'maxLength'> {
  if (inner instanceof z.ZodNumber) {
    return { type: inner.isInt ? 'integer' : 'number', min: finite(inner.minValue), max: finite(inner.maxValue) };
  }
  if (inner instanceof z.ZodBoolean) return { type: 'boolean' };
  if (inner instanceof z.ZodString) return { type: 'string', maxLength: finite(inner.maxLength) };
  return { type: 'string' };
}

export function optionsOf(command: AnyCommand): OptionInfo[] {
  return Object.entries(command.args.shape).map(([name, schema]) => {
    const { inner, optional } = unwrap(schema as z.ZodType);
    return {
      name,
      description: (schema as z.ZodType).description ?? inner.description ?? name,
      required: !optional,
      positional: command.positional === name,
      ...describeType(inner),
    };
  });
}

/** `quote <words> [--source …] [--limit …]`, for help text. */
export function usageOf(command: AnyCommand): string {
  const parts = [command.name];
  for (const option of optionsOf(command)) {
    if (option.positional) parts.push(option.required ? `<${option.name}>` : `[${option.name}]`);
    else parts.push(option.required ? `--${option.name} <${option.type}>` : `[--${option.name} <${option.type}>]`);
  }
  return parts.join(' ');
}

/** The command takes a `page` option, so an adapter can offer "More results" for its next page. */
export function takesPage(command: AnyCommand): boolean {
  return optionsOf(command).some((option) => option.name === 'page');
}
