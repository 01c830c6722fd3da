/**
 * 10,000 seeded random and hostile inputs through every command (as typed, for the terminal and
 * Slack, and as structured options, for Discord) and every renderer. No crash, no mention that
 * would ping, every message within its platform's limits. Deterministic: a failure names the
 * input that caused it, and the same seed reproduces it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/app/bot.js';
import { silentLogger } from '../../src/app/logger.js';
import { toChoices } from '../../src/adapters/discord/autocomplete.js';
import { answerMessage } from '../../src/adapters/discord/message.js';
import { renderAnswer as renderDiscord } from '../../src/adapters/discord/render.js';
import { composeMessage } from '../../src/adapters/slack/pages.js';
import { renderAnswer as renderSlack } from '../../src/adapters/slack/render.js';
import { SlashCommandTable } from '../../src/adapters/slack/slashCommands.js';
import { renderAnswer as renderTerminal } from '../../src/adapters/terminal/render.js';
import type { Answer } from '../../src/core/answers.js';
import type { AnyCommand } from '../../src/core/commands/definition.js';
import { optionsOf } from '../../src/core/commands/options.js';
import { parseCommandLine, type CommandRequest } from '../../src/core/commands/parseLine.js';
import { commands } from '../../src/core/commands/registry.js';
import type { CorpusIndex } from '../../src/core/corpusIndex.js';
import { seedCorpusIndex } from '../support/seedCorpus.js';
import { choiceProblems, discordProblems, slackProblems, terminalProblems } from './checks.js';
import { FAMILIES, Hostile, seededRandom, type Family } from './hostile.js';

const SEED = Number(process.env['IBID_FUZZ_SEED'] ?? 20_240_611);
const INPUTS = 10_000;
/** Slack pages beyond the first that are composed too (composeMessage clamps to the last one). */
const SLACK_PARTS = 3;

interface Failure {
  input: number;
  family: Family;
  command: string;
  where: string;
  problem: string;
  text: string;
}

let corpus: CorpusIndex;
let bot: Bot;
const slash = new SlashCommandTable(commands, '');
beforeAll(async () => {
  corpus = await seedCorpusIndex();
  bot = createBot({ corpus, logger: silentLogger() });
});

function pageable(command: AnyCommand): boolean {
  return optionsOf(command).some((option) => option.name === 'page');
}

function renderEverywhere(answer: Answer, request: CommandRequest, command: AnyCommand, hostile: Hostile): { where: string; problems: string[] }[] {
  const out: { where: string; problems: string[] }[] = [];
  for (const color of [false, true]) out.push({ where: `terminal color=${color}`, problems: terminalProblems(renderTerminal(answer, { color })) });
  const discord = renderDiscord(answer, request);
  discord.pages.forEach((_page, part) => {
    const message = answerMessage(discord, request, { part, ephemeral: hostile.int(2) === 0, pageable: pageable(command) });
    out.push({ where: `discord part ${part}`, problems: discordProblems(message) });
  });
  const slack = renderSlack(answer, { slash });
  for (let part = 0; part < SLACK_PARTS; part++) {
    const message = composeMessage(slack, { request, part, ephemeral: hostile.int(2) === 0, canPage: pageable(command), ...(part === 1 ? { sharedBy: hostile.text('mentions') } : {}) });
    out.push({ where: `slack part ${part}`, problems: slackProblems(message) });
  }
  return out;
}

describe(`query fuzz (seed ${SEED})`, () => {
  it(`${INPUTS} hostile inputs through every command and renderer: no crash, no live mention, within limits`, async () => {
    const hostile = new Hostile(seededRandom(SEED));
    const failures: Failure[] = [];
    const seen = { answers: 0, withResults: 0, errors: 0, families: new Set<Family>(), commands: new Set<string>() };
    for (let input = 0; input < INPUTS; input++) {
      const command = commands[input % commands.length]!;
      const family = FAMILIES[Math.floor(input / commands.length) % FAMILIES.length]!;
      const text = hostile.text(family);
      seen.families.add(family);
      seen.commands.add(command.name);
      const fail = (where: string, problem: string) => failures.push({ input, family, command: command.name, where, problem, text: JSON.stringify(text.slice(0, 120)) });
      try {
        // As typed: the terminal's line, Slack's slash command text.
        const line = `${command.name} ${text}`;
        const typed = parseCommandLine(line, commands);
        // As Discord delivers it: one value per option, the free text in the positional one.
        const args: Record<string, unknown> = {};
        for (const option of optionsOf(command)) {
          if (option.positional) args[option.name] = text;
          else if (hostile.int(2) === 0) args[option.name] = hostile.value(option.type);
        }
        const structured = { name: command.name, args };
        for (const [answer, request] of [
          [await bot.handleLine(line, 'fuzz'), typed],
          [await bot.handle(structured, 'fuzz'), structured],
        ] as const) {
          seen.answers++;
          if ('error' in answer) seen.errors++;
          else if ('results' in answer && answer.results.length > 0) seen.withResults++;
          for (const { where, problems } of renderEverywhere(answer, request, command, hostile)) for (const problem of problems) fail(where, problem);
        }
        for (const [option, complete] of Object.entries(command.complete ?? {})) {
          for (const problem of choiceProblems(toChoices(complete!(corpus, text)))) fail(`autocomplete ${option}`, problem);
        }
      } catch (error) {
        fail('crash', error instanceof Error ? (error.stack ?? error.message) : String(error));
      }
    }
    expect(failures.slice(0, 5), `${failures.length} failures; reproduce with IBID_FUZZ_SEED=${SEED}`).toEqual([]);
    // The run reached what it claims to: every family, every command, answers with results and errors alike.
    expect(seen.families.size).toBe(FAMILIES.length);
    expect(seen.commands.size).toBe(commands.length);
    expect(seen.answers).toBe(2 * INPUTS);
    expect(seen.withResults).toBeGreaterThan(500);
    expect(seen.errors).toBeGreaterThan(500);
  }, 120_000);
});
