/**
 * Scores quotation extraction and speaker attribution on the labelled seed set
 * (tests/core/extract/quotes/labels.json): quotation recall, speaker precision and attribution
 * recall, precision per rule that found a speaker, recall per cue the text shows, and role and
 * channel accuracy.
 *
 *   npx tsx scripts/eval-quotes.ts [--verbose]
 */
import { pathToFileURL } from 'node:url';
import { extractQuotations } from '../src/core/extract/quotes/index.js';
import { loadLabels, ratio, score, type QuotesEvaluation } from '../tests/core/extract/quotes/label-set.js';
import { seedDocuments } from '../tests/support/seedCorpus.js';

export async function evalQuotes(): Promise<QuotesEvaluation> {
  const docs = await seedDocuments();
  return score(docs, loadLabels(), extractQuotations);
}

const pct = (a: number, b: number): string => `${(100 * ratio(a, b)).toFixed(1)}% (${a}/${b})`;

export function formatQuotes(ev: QuotesEvaluation, verbose = false): string {
  const lines = [
    'Quotations (seed labels)',
    `  quotation recall      ${pct(ev.found, ev.speechLabels)}`,
    `  speaker precision     ${pct(ev.correct, ev.attributed)}`,
    `  attribution recall    ${pct(ev.attributedCorrectly, ev.attributableLabels)}`,
    `  scare/titles dropped  ${pct(ev.notQuotations - ev.notQuotationsKept, ev.notQuotations)}`,
    `  role right            ${pct(ev.roles.right, ev.roles.labelled)}`,
    `  channel right         ${pct(ev.channels.right, ev.channels.labelled)}`,
    '  precision by rule (what found the speaker):',
    ...Object.entries(ev.byRule).sort().map(([rule, c]) => `    ${rule.padEnd(16)} ${pct(c.correct, c.attributed)}`),
    '  recall by cue (what the text shows):',
    ...Object.entries(ev.byCue).sort().map(([cue, c]) => `    ${cue.padEnd(16)} ${pct(c.correct, c.labelled)}`),
  ];
  if (verbose) lines.push('  disagreements:', ...ev.errors.map((e) => `    ${e}`));
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ev = await evalQuotes();
  console.log(formatQuotes(ev, process.argv.includes('--verbose')));
}
