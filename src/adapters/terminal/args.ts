/** ibid's own command-line flags; everything else is the command line to answer. */

export interface TerminalArgs {
  json: boolean;
  corpus: string | undefined;
  color: boolean | undefined;
  /** The command line to answer once, or '' for interactive / batch mode. */
  line: string;
}

export class UsageError extends Error {}

/** Words holding spaces came quoted from the shell; keep them one argument for the command parser. */
function requote(word: string): string {
  return /\s/.test(word) && !word.includes('"') ? `"${word}"` : word;
}

export function parseTerminalArgs(argv: readonly string[]): TerminalArgs {
  const args: TerminalArgs = { json: false, corpus: undefined, color: undefined, line: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--json') args.json = true;
    else if (word === '--no-color') args.color = false;
    else if (word === '--color') args.color = true;
    else if (word === '--corpus' || word.startsWith('--corpus=')) {
      const value = word === '--corpus' ? argv[++i] : word.slice('--corpus='.length);
      if (!value) throw new UsageError('--corpus needs a directory, e.g. --corpus ./my-reading');
      args.corpus = value;
    } else words.push(requote(word));
  }
  args.line = words.join(' ');
  return args;
}
