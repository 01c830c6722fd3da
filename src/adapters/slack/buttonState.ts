/**
 * Buttons carry their whole state in their `value`: the command request that made the answer
 * and which page of it to show. Nothing is kept in memory, so a button still works after ibid
 * restarts; pressing it runs the request again.
 */
import { z } from 'zod';
import type { CommandRequest } from '../../core/commands/parseLine.js';
import { LIMITS } from './blocks.js';

export const ACTION_IDS = {
  share: 'ibid_share',
  more: 'ibid_more',
  /** One per result, so the id gets the result's index: action ids must differ within a message. */
  context: 'ibid_context',
} as const;

/** Matches the context buttons' ids (`ibid_context`, `ibid_context_2`). */
export const CONTEXT_ACTION_PATTERN = /^ibid_context(?:_\d+)?$/;

export interface ButtonState {
  request: CommandRequest;
  /** Which rendered page of the answer (0-based). */
  part: number;
}

const StateSchema = z.object({
  v: z.literal(1),
  n: z.string().min(1).max(40),
  a: z.record(z.string(), z.unknown()),
  p: z.number().int().min(0).max(500),
});

/** The button value, or null when the state does not fit in one (a query near 1,000 characters of symbols). */
export function encodeState(state: ButtonState): string | null {
  const value = JSON.stringify({ v: 1, n: state.request.name, a: state.request.args, p: state.part });
  return value.length <= LIMITS.buttonValueChars ? value : null;
}

/** Null for anything ibid did not write: an old format, a hand-made payload. */
export function decodeState(value: string | undefined): ButtonState | null {
  if (!value) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = StateSchema.safeParse(raw);
  if (!parsed.success) return null;
  return { request: { name: parsed.data.n, args: parsed.data.a }, part: parsed.data.p };
}
