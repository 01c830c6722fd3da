/** A completer's suggestions as Discord autocomplete choices: at most 25, each at most 100 characters. */
import { safePlain, truncate } from './escape.js';
import type { Choice } from './incoming.js';
import { LIMITS } from './limits.js';

export function toChoices(values: readonly string[]): Choice[] {
  const choices: Choice[] = [];
  const seen = new Set<string>();
  for (const raw of values) {
    const value = truncate(raw.replace(/\s+/g, ' ').trim(), LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: truncate(safePlain(value), LIMITS.choiceName), value });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}
