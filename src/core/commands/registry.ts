/** Every command ibid has, in the order help lists them. Adapters and help read only this list. */
import { contextCommand } from './context.js';
import type { AnyCommand } from './definition.js';
import { helpCommand } from './help.js';
import { quoteCommand } from './quote.js';
import { sourcesCommand } from './sources.js';

export const commands: readonly AnyCommand[] = [quoteCommand, sourcesCommand, contextCommand, helpCommand] as AnyCommand[];
