/**
 * Writes a large corpus directory from the benchmark's paragraph sets (Brown + State of the Union,
 * then seeded recombinations), for measuring start-up and reloads at scale. Output stays outside
 * the repository (e.g. /tmp/ibid-100k): it is generated, never committed.
 *
 *   npx tsx scripts/ops/makeCorpus.ts /tmp/ibid-100k --paragraphs 100000 --per-document 100
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCorpus, paragraphSet } from '../bench/datasets.js';

export interface MakeCorpusOptions {
  paragraphs: number;
  perDocument: number;
  seed: number;
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
}

/** Writes the corpus; returns how many documents it wrote. */
export async function makeCorpus(dir: string, options: MakeCorpusOptions): Promise<number> {
  const paragraphs = paragraphSet(loadCorpus(options.seed), options.paragraphs, options.seed);
  await mkdir(dir, { recursive: true });
  let written = 0;
  for (let start = 0; start < paragraphs.length; start += options.perDocument) {
    const n = written + 1;
    const body = paragraphs
      .slice(start, start + options.perDocument)
      .map((p) => p.text)
      .join('\n\n');
    const front = `---\ntitle: "Generated reading ${n}"\nauthor: "Bench Corpus"\ndate: "2020-01-${String((n % 28) + 1).padStart(2, '0')}"\n---\n\n`;
    await writeFile(path.join(dir, `doc-${String(n).padStart(5, '0')}.md`), front + body + '\n');
    written++;
  }
  return written;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const dir = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: makeCorpus.ts DIR [--paragraphs 100000] [--per-document 100] [--seed 1]\n');
    process.exit(2);
  }
  const options = { paragraphs: option(args, 'paragraphs', 100_000), perDocument: option(args, 'per-document', 100), seed: option(args, 'seed', 1) };
  const documents = await makeCorpus(dir, options);
  process.stdout.write(`wrote ${documents} documents, ${options.paragraphs} paragraphs, to ${dir}\n`);
}
