/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  queries: number;
  baseline: boolean;
  json: boolean;
  seed: number;
  /** A module exporting buildSearchIndex to bench instead of src/core/search/index.ts (e.g. a variant). */
  engineModule?: string;
}

export const USAGE = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--queries 300] [--no-baseline] [--json] [--seed 42] [--engine-module path.ts]`;

function positiveInt(value: string, name: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: expected a positive integer, got "${value}"`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      queries: { type: 'string', default: '300' },
      'no-baseline': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
      'engine-module': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  return {
    sizes: values.sizes.split(',').map((s) => positiveInt(s.trim(), '--sizes')),
    queries: positiveInt(values.queries, '--queries'),
    baseline: !values['no-baseline'],
    json: values.json,
    seed: positiveInt(values.seed, '--seed'),
    ...(values['engine-module'] ? { engineModule: values['engine-module'] } : {}),
  };
}
