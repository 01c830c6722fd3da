/**
 * Speaker precision and attribution rate of ibid's quotation extraction on PolNeAR direct quotes,
 * next to a small regex sieve scored the same way.
 *
 *   npx tsx scripts/eval-polnear.ts [DIR] [--split=dev|test|train] [--verbose]
 *   (DIR, or the POLNEAR_DIR environment variable: the directory holding data/{train,dev,test})
 *
 * Gold direct quotes: the double-quoted spans of a line that lie inside an annotated attribution
 * content with a source. A speaker is right when the cue mention ibid used overlaps the gold
 * source span, or (for a named gold source) when the resolved name carries the gold name's last
 * word. Gold sources are surface mentions ("he", "Trump"), so for a pronoun this measures the cue,
 * not the pronoun's resolution; that is reported on its own as an approximate agreement.
 */
import { pathToFileURL } from 'node:url';
import { extractQuotationDetails } from '../src/core/extract/quotes/index.js';
import { sieve } from './polnear/baseline.js';
import { loadSplit, type GoldAttribution, type PolnearDoc, type Range } from './polnear/data.js';

const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const PRONOUN = /^(he|she|they|we|i|it|you|who|which|that|his|her|their)$/i;
const HONORIFIC = /^(mr|mrs|ms|dr|sen|rep|gov|gen)\.?$/i;

interface GoldQuote {
  range: Range;
  attribution: GoldAttribution;
}

/** Double-quoted spans inside a sourced attribution's content. */
function goldQuotes(pd: PolnearDoc, skipped: { count: number }): GoldQuote[] {
  const found: GoldQuote[] = [];
  pd.doc.paragraphs.forEach((p, i) => {
    for (const m of p.text.matchAll(/“([^“”]+)(?:”|$)|"([^"]+)"|''((?:(?!'').)+)''/g)) {
      const inner = m[1] ?? m[2] ?? m[3] ?? '';
      const open = m[3] !== undefined ? 2 : 1;
      if (!/\p{L}/u.test(inner)) continue;
      const range: Range = [pd.offsets[i]! + m.index + open, pd.offsets[i]! + m.index + open + inner.length];
      const attribution = pd.gold.find((g) => g.source && g.content.some((c) => overlap(c, range) >= (range[1] - range[0]) / 2));
      if (!attribution) continue;
      // A few annotations mark the verb itself as the source ("said"): no speaker to compare with.
      if (/^(said|says|told|added|wrote|asked)$/i.test(attribution.sourceText?.trim() ?? '')) skipped.count++;
      else found.push({ range, attribution });
    }
  });
  return found;
}

const words = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** The word of the gold source a right name must carry: its last capitalised word, or its head. */
function goldKey(sourceText: string): string | null {
  // Gold sources carry appositives and relative clauses: "Adrian Mapp, a Clinton delegate from New Jersey".
  const head = sourceText.split(/,|\s[—–-]\s|\s(?:who|which|whose|that)\s/)[0] ?? sourceText;
  const tokens = head.split(/\s+/).filter((t) => t !== '' && !HONORIFIC.test(t));
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t));
  const key = (capitalised.length > 0 ? capitalised : tokens).pop();
  return key ? (words(key).pop() ?? null) : null;
}

/**
 * Right when the cue mention overlaps the gold source and the resolved name does not contradict it
 * (it shares a capitalised word with the source, or the source names nobody), or, without overlap,
 * when the resolved name carries the gold source's key word (a continuation, a resolved surname).
 * A gold pronoun can only be checked by overlap.
 */
function isRight(mention: Range | null, name: string, gold: GoldAttribution): boolean {
  const text = gold.sourceText?.trim() ?? '';
  const overlaps = mention !== null && (gold.source ?? []).some((s) => overlap(s, mention) > 0);
  if (PRONOUN.test(text)) return overlaps;
  const ours = words(name);
  const capitalised = text.split(/\s+/).filter((t) => /^\p{Lu}/u.test(t) && !HONORIFIC.test(t)).flatMap(words);
  if (overlaps && (capitalised.length === 0 || capitalised.some((w) => ours.includes(w)))) return true;
  const key = goldKey(text);
  return key !== null && ours.includes(key);
}

export interface PolnearScore {
  docs: number;
  goldQuotes: number;
  attributed: number;
  correct: number;
  /** Attributed quotations outside any sourced gold content (scare quotes, titles, unsourced). */
  attributedOutside: number;
  outside: string[];
  missed: string[];
  pronounChecks: number;
  pronounAgree: number;
  byRule: Record<string, { attributed: number; correct: number }>;
  sieve: { attributed: number; correct: number };
  onSieve: { attributed: number; correct: number };
  errors: string[];
  /** Time spent in extraction alone, and the characters it read. */
  extractMs: number;
  chars: number;
  /** Gold quotes left out because their annotated source is the verb ("said"). */
  verbSources: { count: number };
}

/** The nearest named gold source before `at`: a rough antecedent for a gold "he". */
function namedSourceBefore(pd: PolnearDoc, at: number): string | null {
  let best: { at: number; text: string } | null = null;
  for (const g of pd.gold) {
    const start = g.source?.[0]?.[0];
    const text = g.sourceText?.trim() ?? '';
    if (start === undefined || start >= at || PRONOUN.test(text) || !/\p{Lu}/u.test(text)) continue;
    if (!best || start > best.at) best = { at: start, text };
  }
  return best?.text ?? null;
}

export function scorePolnear(docs: readonly PolnearDoc[]): PolnearScore {
  const score: PolnearScore = { docs: docs.length, goldQuotes: 0, attributed: 0, correct: 0, attributedOutside: 0, outside: [], missed: [], pronounChecks: 0, pronounAgree: 0, byRule: {}, sieve: { attributed: 0, correct: 0 }, onSieve: { attributed: 0, correct: 0 }, errors: [], extractMs: 0, chars: 0, verbSources: { count: 0 } };
  for (const pd of docs) {
    const gold = goldQuotes(pd, score.verbSources);
    score.goldQuotes += gold.length;
    const started = performance.now();
    const details = extractQuotationDetails(pd.doc);
    score.extractMs += performance.now() - started;
    score.chars += pd.text.length;
    const placed = details.map((d) => {
      const s = d.span;
      const range: Range = [pd.offsets[s.startPara]! + s.start, pd.offsets[s.endPara]! + s.end];
      const m = d.attribution?.mention;
      const mention: Range | null = m ? [pd.offsets[m.para]! + m.start, pd.offsets[m.para]! + m.end] : null;
      return { d, range, mention };
    });
    for (const p of placed) {
      if (!p.d.quotation.speaker) continue;
      const inGold = gold.some((g) => overlap(g.range, p.range) >= (g.range[1] - g.range[0]) / 2);
      if (!inGold) {
        score.attributedOutside++;
        score.outside.push(`${pd.name}: [${p.d.quotation.rule}] "${p.d.quotation.text.slice(0, 60)}" → ${p.d.quotation.speaker.name}`);
      }
    }
    for (const g of gold) {
      // The innermost quotation holding the gold quote (not a block around it).
      const ours = placed.filter((p) => overlap(g.range, p.range) >= (g.range[1] - g.range[0]) / 2).sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]))[0];
      const speaker = ours?.d.quotation.speaker;
      if (!speaker) {
        const context = pd.text.slice(Math.max(0, g.range[0] - 140), g.range[1] + 80).replace(/\n/g, ' ⏎ ');
        score.missed.push(`${pd.name}: ${ours ? 'unattributed' : 'not found'}; gold ${JSON.stringify(g.attribution.sourceText)}\n      … ${context}`);
      }
      if (ours && speaker) {
        score.attributed++;
        const rule = (score.byRule[ours.d.quotation.rule ?? 'none'] ??= { attributed: 0, correct: 0 });
        rule.attributed++;
        if (isRight(ours.mention, speaker.name, g.attribution)) {
          score.correct++;
          rule.correct++;
          if (PRONOUN.test(g.attribution.sourceText?.trim() ?? '') && /^(he|she)$/i.test(ours.d.attribution?.phrase ?? '')) {
            const antecedent = namedSourceBefore(pd, g.attribution.source![0]![0]);
            const key = antecedent ? goldKey(antecedent) : null;
            if (key) {
              score.pronounChecks++;
              if (words(speaker.name).includes(key)) score.pronounAgree++;
            }
          }
        } else {
          const context = pd.text.slice(Math.max(0, ours.range[0] - 160), ours.range[1] + 80).replace(/\n/g, ' ⏎ ');
          score.errors.push(`${pd.name}: [${ours.d.quotation.rule}] "${ours.d.quotation.text.slice(0, 50)}" → ${speaker.name}; gold ${JSON.stringify(g.attribution.sourceText)}\n      … ${context}`);
        }
      }
      // The sieve, on the same gold quotes.
      const line = pd.doc.paragraphs.findIndex((_p, i) => pd.offsets[i]! <= g.range[0] && g.range[0] < pd.offsets[i]! + pd.doc.paragraphs[i]!.text.length);
      const guess = line < 0 ? undefined : sieve(pd.doc.paragraphs[line]!.text, pd.offsets[line]!).find((s) => overlap(s.quote, g.range) > 0);
      if (guess) {
        score.sieve.attributed++;
        if (isRight(guess.mention, guess.name, g.attribution)) score.sieve.correct++;
        // ibid on the same quotes the sieve attributes: the like-for-like comparison.
        if (ours && speaker) {
          score.onSieve.attributed++;
          if (isRight(ours.mention, speaker.name, g.attribution)) score.onSieve.correct++;
        }
      }
    }
  }
  return score;
}

const pct = (a: number, b: number): string => `${(b === 0 ? 0 : (100 * a) / b).toFixed(1)}% (${a}/${b})`;

export function formatPolnear(s: PolnearScore, split: string, verbose: boolean): string {
  return [
    `PolNeAR ${split}: ${s.docs} articles, ${s.goldQuotes} gold direct quotes (${s.verbSources.count} more left out: their annotated source is the verb, e.g. "said")`,
    `  ibid   speaker precision ${pct(s.correct, s.attributed)}   attribution rate ${pct(s.attributed, s.goldQuotes)}   right speakers ${pct(s.correct, s.goldQuotes)}`,
    `  sieve  speaker precision ${pct(s.sieve.correct, s.sieve.attributed)}   attribution rate ${pct(s.sieve.attributed, s.goldQuotes)}   right speakers ${pct(s.sieve.correct, s.goldQuotes)}`,
    `  on the quotes the sieve attributes, ibid: speaker precision ${pct(s.onSieve.correct, s.onSieve.attributed)}`,
    `  ibid attributed ${s.attributedOutside} quotations outside any sourced gold content`,
    `  he/she resolved like the nearest named gold source before it (approximate): ${pct(s.pronounAgree, s.pronounChecks)}`,
    `  extraction time ${s.extractMs.toFixed(0)} ms for ${(s.chars / 1e6).toFixed(2)} MB (${(s.chars / 1e3 / Math.max(1, s.extractMs)).toFixed(2)} MB/s)`,
    '  ibid precision by rule:',
    ...Object.entries(s.byRule).sort().map(([rule, c]) => `    ${rule.padEnd(16)} ${pct(c.correct, c.attributed)}`),
    ...(verbose ? ['  errors:', ...s.errors.map((e) => `    ${e}`), '  attributed outside gold:', ...s.outside.map((e) => `    ${e}`), '  missed:', ...s.missed.map((e) => `    ${e}`)] : []),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? process.env['POLNEAR_DIR'];
  const split = args.find((a) => a.startsWith('--split='))?.slice('--split='.length) ?? 'dev';
  if (!dir) {
    console.error('usage: npx tsx scripts/eval-polnear.ts DIR [--split=dev|test|train] [--verbose]  (or set POLNEAR_DIR)');
    process.exit(2);
  }
  const started = performance.now();
  const docs = loadSplit(dir, split);
  const score = scorePolnear(docs);
  console.log(formatPolnear(score, split, args.includes('--verbose')));
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
}
