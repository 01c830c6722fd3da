/**
 * Button state, carried in the button's custom_id (at most 100 characters) so that a click works
 * the same after a restart or on another copy of the bot. When the state does not fit, the id
 * says where in the clicked message to find it instead (see footer.ts).
 */
import { LIMITS } from './limits.js';

export type ButtonState =
  | { action: 'share' }
  /** Show `part` (0-based, of the rendered answer) of the command's `page` of results. `args: null`: read them from the message. */
  | { action: 'more'; command: string; page: number; part: number; args: Record<string, unknown> | null }
  /** `id: null`: the citation is the `index`-th id in the message's footers. */
  | { action: 'context'; id: string | null; index: number };

const PREFIX = 'ibid:';

export function encodeButton(state: ButtonState): string {
  switch (state.action) {
    case 'share':
      return `${PREFIX}share`;
    case 'more': {
      const head = `${PREFIX}more:${state.command}:${state.page}:${state.part}:`;
      const full = `${head}${JSON.stringify(state.args ?? {})}`;
      return state.args && full.length <= LIMITS.customId ? full : `${head}@`;
    }
    case 'context': {
      const full = `${PREFIX}ctx:${state.id ?? ''}`;
      return state.id && full.length <= LIMITS.customId ? full : `${PREFIX}ctx@${state.index}`;
    }
  }
}

function parseArgs(json: string): Record<string, unknown> | null | undefined {
  if (json === '@') return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The state a custom_id carries, or null when the id is not one ibid wrote. */
export function decodeButton(customId: string): ButtonState | null {
  if (customId === `${PREFIX}share`) return { action: 'share' };
  const more = /^ibid:more:([a-z][\w-]{0,31}):(\d{1,4}):(\d{1,4}):(.*)$/s.exec(customId);
  if (more) {
    const args = parseArgs(more[4]!);
    if (args === undefined) return null;
    return { action: 'more', command: more[1]!, page: Number(more[2]), part: Number(more[3]), args };
  }
  const context = /^ibid:ctx:(.+)$/s.exec(customId);
  if (context) return { action: 'context', id: context[1]!, index: -1 };
  const fallback = /^ibid:ctx@(\d{1,3})$/.exec(customId);
  if (fallback) return { action: 'context', id: null, index: Number(fallback[1]) };
  return null;
}
