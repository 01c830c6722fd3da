/**
 * No Docker engine runs here, so the Dockerfile is checked statically: dockerfile-utils' validator
 * (the one behind VS Code's Docker support) and the properties deployments rely on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/index.js';
import { ROOT } from './support/child.js';

const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions with continuation lines joined and comments dropped. */
function instructions(source: string): Instruction[] {
  const joined = source.replace(/\\\r?\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

const all = instructions(text);
const stages = all.reduce<Instruction[][]>((acc, instruction) => {
  if (instruction.keyword === 'FROM') acc.push([]);
  acc.at(-1)?.push(instruction);
  return acc;
}, []);
const final = stages.at(-1)!;
const of = (stage: Instruction[], keyword: string) => stage.filter((instruction) => instruction.keyword === keyword);

describe('the Dockerfile', () => {
  it('passes the validator with no error or warning', () => {
    expect(validate(text).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds in one stage and runs the compiled code with production dependencies in another', () => {
    expect(stages).toHaveLength(2);
    expect(of(stages[0]!, 'RUN').map((run) => run.args)).toContain('npm run build');
    expect(of(final, 'RUN').some((run) => run.args.includes('npm ci --omit=dev'))).toBe(true);
    expect(of(final, 'COPY').map((copy) => copy.args)).toContain('--from=build /app/dist ./dist');
    expect(of(final, 'CMD').at(-1)!.args).toBe('["node", "dist/main.js"]');
  });

  it('runs as a non-root user, with a health check on /healthz and the corpus as a volume', () => {
    expect(of(final, 'USER').at(-1)!.args).toBe('node');
    expect(of(final, 'HEALTHCHECK').at(-1)!.args).toContain('/healthz');
    expect(of(final, 'VOLUME').map((volume) => volume.args)).toContain('["/app/corpus"]');
    const env = of(final, 'ENV').map((e) => e.args).join(' ');
    expect(env).toContain('IBID_CORPUS_DIR=/app/corpus');
    expect(env).toContain('NODE_ENV=production');
  });

  it('sets only variables ibid reads', () => {
    const names = of(final, 'ENV').flatMap((e) => [...e.args.matchAll(/([A-Z_][A-Z0-9_]*)=/g)].map((m) => m[1]!));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(Object.keys(ConfigSchema.shape), name).toContain(name);
  });

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'));
    const sources = all.filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from')).flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      expect(existsSync(path.join(ROOT, source)), source).toBe(true);
      expect(ignored, source).not.toContain(source.replace(/\/$/, ''));
    }
  });
});
