/**
 * Where a cold index's time goes: loading and parsing, quotation extraction, figure extraction,
 * and the two search indexes, each timed alone on the main thread.
 *
 *   npx tsx scripts/ops/indexPhases.ts /tmp/ibid-100k
 */
import { loadCorpus } from '../../src/core/corpus/load.js';
import { extractFigures } from '../../src/core/extract/figures/index.js';
import { extractQuotations } from '../../src/core/extract/quotes/index.js';
import { buildSearchIndex } from '../../src/core/search/index.js';

const dir = process.argv[2] ?? '/tmp/ibid-100k';
let t = performance.now();
const lap = (what: string) => {
  const now = performance.now();
  process.stdout.write(`| ${what} | ${((now - t) / 1000).toFixed(1)} s |\n`);
  t = now;
};
process.stdout.write(`| phase (${dir}) | time |\n|---|---|\n`);
const loaded = await loadCorpus(dir);
lap(`load and parse ${loaded.documents.length} files`);
const quotations = loaded.documents.map((doc) => extractQuotations(doc));
lap(`extract ${quotations.flat().length} quotations`);
const figures = loaded.documents.flatMap((doc, i) => extractFigures(doc, quotations[i]));
lap(`extract ${figures.length} figures`);
const paragraphs = loaded.documents.flatMap((doc) => doc.paragraphs);
buildSearchIndex(paragraphs, (p) => p.text);
lap(`search index over ${paragraphs.length} paragraphs`);
buildSearchIndex(quotations.flat(), (q) => q.text);
lap('search index over the quotations');
