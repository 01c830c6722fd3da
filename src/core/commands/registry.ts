/** Every command ibid has, in the order help lists them. Adapters and help read only this list. */
import { contextCommand } from './context.js';
import type { AnyCommand } from './definition.js';
import { figureCommand } from './figure.js';
import { helpCommand } from './help.js';
import { quoteCommand } from './quote.js';
import { quotesByCommand } from './quotesBy.js';
import { sourcesCommand } from './sources.js';
import { whoSaidCommand } from './whoSaid.js';

export const commands: readonly AnyCommand[] = [quoteCommand, whoSaidCommand, quotesByCommand, figureCommand, sourcesCommand, contextCommand, helpCommand] as AnyCommand[];
