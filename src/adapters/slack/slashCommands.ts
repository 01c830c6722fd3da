/**
 * Which slash commands ibid registers, read from the command registry: one per command, plus
 * /ibid for help, context and any command line. A prefix renames them all, for workspaces
 * that already have a /quote.
 */
import type { AnyCommand } from '../../core/commands/definition.js';
import type { OptionInfo } from '../../core/commands/options.js';

/** The umbrella command's name, before the prefix. */
const UMBRELLA = 'ibid';

/** Commands reached as `/ibid help` and `/ibid context <id>` rather than taking a slash command each. */
export const FOLDED_COMMANDS: ReadonlySet<string> = new Set(['help', 'context']);

/** Slack: at most 32 characters, the slash included; lowercase, no spaces. */
const SLASH_NAME = /^\/[a-z0-9][a-z0-9_-]{0,30}$/;

export interface SlashCommand {
  /** As registered and typed: "/quote". */
  slash: string;
  /** The registry command it runs; null for the umbrella, which takes a whole command line. */
  command: AnyCommand | null;
}

export class SlashCommandTable {
  readonly entries: readonly SlashCommand[];
  readonly umbrella: string;

  constructor(
    commands: readonly AnyCommand[],
    readonly prefix: string,
  ) {
    this.umbrella = `/${prefix}${UMBRELLA}`;
    const own = commands.filter((command) => !FOLDED_COMMANDS.has(command.name) && command.name !== UMBRELLA);
    this.entries = [...own.map((command) => ({ slash: `/${prefix}${command.name}`, command })), { slash: this.umbrella, command: null }];
    for (const entry of this.entries) {
      if (!SLASH_NAME.test(entry.slash)) throw new Error(`"${entry.slash}" is not a valid Slack command name (lowercase letters, digits, - and _, at most 32 characters); check SLACK_COMMAND_PREFIX.`);
    }
  }

  find(slash: string): SlashCommand | undefined {
    return this.entries.find((entry) => entry.slash === slash.toLowerCase());
  }

  /** How a user reaches a command in Slack: "/quote", or "/ibid context" for a folded one. */
  slashFor(commandName: string): string {
    const own = this.entries.find((entry) => entry.command?.name === commandName);
    return own ? own.slash : `${this.umbrella} ${commandName}`;
  }

  /** A registry example ("quote know your place --limit 2") as typed in Slack. */
  exampleLine(line: string): string {
    const [name = '', ...rest] = line.trim().split(/\s+/);
    return [this.slashFor(name), ...rest].join(' ');
  }
}

type UsageOption = Pick<OptionInfo, 'name' | 'type' | 'required' | 'positional'>;

/**
 * `<words> [source:…] [limit:…]`: Slack takes name:value options, the free text bare.
 * `placeholder` stands for a value (the manifest's typing hint says "…", help says "<integer>").
 */
export function slackUsage(options: readonly UsageOption[], placeholder: (option: UsageOption) => string): string[] {
  return options.map((option) => {
    const shape = option.positional ? `<${option.name}>` : `${option.name}:${placeholder(option)}`;
    return option.required ? shape : `[${shape}]`;
  });
}
