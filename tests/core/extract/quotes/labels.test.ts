import { beforeAll, describe, expect, it } from 'vitest';
import { extractQuotations } from '../../../../src/core/extract/quotes/index.js';
import { seedDocuments } from '../../../support/seedCorpus.js';
import { loadLabels, ratio, score, type QuotesEvaluation } from './label-set.js';

// Floors at what extraction reliably reaches on the labelled seed quotations (see scripts/eval-quotes.ts).
describe('quotations against the labelled seed set', () => {
  let ev: QuotesEvaluation;
  beforeAll(async () => {
    ev = score(await seedDocuments(), loadLabels(), extractQuotations);
  });

  it('labels every document of the corpus', async () => {
    const files = new Set(loadLabels().map((l) => l.file));
    expect((await seedDocuments()).every((d) => files.has(d.file))).toBe(true);
  });

  it('attributes with high precision: a wrong speaker is worse than none', () => {
    expect(ratio(ev.correct, ev.attributed)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the quotations and their speakers', () => {
    expect(ratio(ev.found, ev.speechLabels)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(ev.attributedCorrectly, ev.attributableLabels)).toBeGreaterThanOrEqual(0.9);
  });

  it('drops scare quotes, nicknames and titles', () => {
    expect(ratio(ev.notQuotations - ev.notQuotationsKept, ev.notQuotations)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps roles and channels apart from names', () => {
    expect(ratio(ev.roles.right, ev.roles.labelled)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(ev.channels.right, ev.channels.labelled)).toBeGreaterThanOrEqual(0.85);
  });
});
