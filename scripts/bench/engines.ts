/**
 * The engines under test, behind one small interface: ibid's own search index (loaded dynamically,
 * since it may not exist yet) and the naive fuse.js baseline over every paragraph.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { BuildSearchIndex } from '../../src/core/search/types.js';

export interface Searcher {
  /** Index of the best paragraph, or undefined when nothing matched. */
  top(query: string): number | undefined;
}

export interface BenchEngine {
  name: string;
  build(texts: readonly string[]): Searcher;
}

export type EngineLoad = { engine: BenchEngine } | { missing: string };

const ENGINE_URL = new URL('../../src/core/search/index.ts', import.meta.url);

/** ibid's engine (or a stand-in module with the same export), or why it cannot be benchmarked yet. */
export async function loadIbidEngine(url: URL = ENGINE_URL): Promise<EngineLoad> {
  const file = relative(process.cwd(), fileURLToPath(url));
  if (!existsSync(file)) return { missing: `${file} does not exist yet` };
  let mod: { buildSearchIndex?: unknown };
  try {
    // A computed specifier keeps this file type-checking while the engine is absent.
    const specifier: string = url.href;
    mod = (await import(specifier)) as { buildSearchIndex?: unknown };
  } catch (error) {
    return { missing: `${file} failed to load: ${(error as Error).message.split('\n')[0]}` };
  }
  if (typeof mod.buildSearchIndex !== 'function') return { missing: `${file} has no buildSearchIndex export` };
  const buildSearchIndex = mod.buildSearchIndex as BuildSearchIndex;
  return {
    engine: {
      name: 'ibid',
      build(texts) {
        const index = buildSearchIndex(texts, (text) => text);
        return { top: (query) => index.search(query)[0]?.itemIndex };
      },
    },
  };
}

/** fuse.js as a careful newcomer would use it: one list of strings, default-ish fuzzy options. */
export const fuseBaseline: BenchEngine = {
  name: 'fuse.js',
  build(texts) {
    const fuse = new Fuse(texts as string[], { includeScore: true, ignoreLocation: true, threshold: 0.4 });
    return { top: (query) => fuse.search(query, { limit: 5 })[0]?.refIndex };
  },
};
