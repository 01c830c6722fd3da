/** Blocks for quote, sources, context, help and errors. */
import type { ContextAnswer, ErrorAnswer, HelpAnswer, QuoteAnswer, SourcesAnswer } from '../../core/answers.js';
import { tokenize } from '../../core/commands/parseLine.js';
import { sourceLine } from '../shared/citationText.js';
import { safeMarkdown } from './escape.js';
import type { Block } from './paginate.js';
import { citationFooter, resultBlock, safeUrl, sourceName } from './resultBlock.js';

export function quoteBlocks(answer: QuoteAnswer): Block[] {
  if (answer.results.length === 0) {
    const where = answer.source ? ` in sources matching “${safeMarkdown(answer.source)}”` : '';
    return [{ title: 'No match', description: `Nothing${where} matches “${safeMarkdown(answer.query)}”. Try other words you remember, or fewer of them.` }];
  }
  return answer.results.map((result, i) => resultBlock(result, i + 1));
}

export function sourcesBlocks(answer: SourcesAnswer): Block[] {
  const lines = answer.sources.map((source) => {
    const url = safeUrl(source.url);
    return `**${safeMarkdown(source.docId)}** (${source.paragraphs} ¶)\n${safeMarkdown(sourceLine(source))}${url ? `\n${url}` : ''}`;
  });
  if (lines.length === 0) lines.push('The corpus has no documents yet.');
  const blocks: Block[] = [{ title: `Sources (${answer.sources.length})`, description: lines.join('\n\n') }];
  if (answer.problems.length > 0) {
    const problems = answer.problems.map((problem) => `⚠️ **${safeMarkdown(problem.file)}** was not loaded: ${safeMarkdown(problem.reason)} (${safeMarkdown(problem.detail)})`);
    blocks.push({ title: `Not loaded (${answer.problems.length})`, description: problems.join('\n') });
  }
  return blocks;
}

export function contextBlocks(answer: ContextAnswer): Block[] {
  const parts: string[] = [];
  let section: string | null = null;
  for (const paragraph of answer.paragraphs) {
    if (paragraph.section && paragraph.section !== section) parts.push(`__${safeMarkdown(paragraph.section)}__`);
    section = paragraph.section;
    const text = `¶${paragraph.paragraph} ${safeMarkdown(paragraph.text)}`;
    parts.push(paragraph.cited ? `**${text}**` : text);
  }
  return [
    {
      title: safeMarkdown(sourceName(answer.citation)),
      url: safeUrl(answer.citation.url),
      description: parts.join('\n\n'),
      footer: citationFooter(answer.citation),
    },
  ];
}

type HelpCommand = HelpAnswer['commands'][number];

/** A terminal example ("quote airstrike --limit 2") as it is typed in Discord ("/quote words:airstrike limit:2"). */
function slashExample(example: string, command: HelpCommand): string {
  const parts: string[] = [];
  const free: string[] = [];
  const tokens = tokenize(example).slice(1);
  for (let i = 0; i < tokens.length; i++) {
    const flag = /^--([a-z][\w-]*)(?:=(.*))?$/i.exec(tokens[i]!);
    const option = command.options.find((candidate) => candidate.name === flag?.[1]);
    if (flag && option) parts.push(`${option.name}:${flag[2] ?? (option.type === 'boolean' ? 'true' : (tokens[++i] ?? ''))}`);
    else free.push(tokens[i]!);
  }
  const positional = command.options.find((option) => option.positional);
  if (positional && free.length > 0) parts.unshift(`${positional.name}:${free.join(' ')}`);
  return [`/${command.name}`, ...parts].join(' ');
}

export function helpBlocks(answer: HelpAnswer): Block[] {
  return answer.commands.map((command) => {
    const options = command.options.map((option) => `**${safeMarkdown(option.name)}**${option.required ? '' : ' (optional)'}: ${safeMarkdown(option.description)}`);
    const examples = command.examples.map((example) => `\`${slashExample(example, command).replace(/`/g, "'")}\``);
    const sections = [safeMarkdown(command.description), options.join('\n'), examples.length > 0 ? `Examples: ${examples.join(', ')}` : ''];
    return { title: `/${safeMarkdown(command.name)}`, description: sections.filter(Boolean).join('\n\n') };
  });
}

const ERROR_TITLES: Record<ErrorAnswer['error']['code'], string> = {
  invalid_arguments: 'Check the options',
  unknown_command: 'Unknown command',
  not_found: 'Not found',
  rate_limited: 'Slow down',
  unavailable: 'Not available right now',
  internal: 'Something went wrong',
};

export function errorBlocks(answer: ErrorAnswer): Block[] {
  const { code, message, details } = answer.error;
  // Internal details are for the log, not the channel.
  const extra = code !== 'internal' ? (details ?? []).filter((detail) => !message.includes(detail)) : [];
  const description = [safeMarkdown(message), ...extra.map((detail) => `• ${safeMarkdown(detail)}`)].join('\n');
  return [{ title: ERROR_TITLES[code], description }];
}
