/**
 * The NewsQuant scoring procedure of the CQE paper, re-implemented from a reading of
 * `calculate_metrics`, `decode_dictionary`, `values_match`, `concepts_match` and `get_fscores` in
 * evaluate_models.py of github satya77/CQE_Evaluation (commit 190c0ce). Their code is not copied
 * here; the comments name the step of theirs each part follows. The looseness is theirs, kept on
 * purpose so that our figures compare with the paper's (value F1 92.0, value + concept 76.1):
 * - a gold quantity is compared with the system's tags in order, and every tag whose value matches
 *   earns value and concept credit until a tag whose unit also matches is found; only that tag is
 *   used up. So one gold quantity can be credited several times, and a tag whose unit never
 *   matches can be credited against several gold quantities;
 * - value credit in a sentence stops at its number of gold quantities; concept credit has no cap;
 * - precision divides by all tags, recall by all gold quantities, summed over every sentence.
 */

/** A gold quantity as NewsQuant stores it. */
export interface CqeGold {
  value: string;
  normalized_unit: string;
  referred_concepts: string;
}

/** A system's quantity in the shape CQE's taggers hand to the scorer (tagger.py). */
export interface CqeTag {
  value: number | string | readonly [number, number];
  normalized_unit: string;
  referred_concepts: readonly string[];
}

export interface CqeSentence {
  gt: readonly CqeGold[];
  tags: readonly CqeTag[];
}

export interface CqeCounts {
  gold: number;
  tags: number;
  value: number;
  valueUnit: number;
  conceptPartial: number;
  conceptComplete: number;
}

type Decoded = number | readonly [number, number];

/** Python's float() on a string: surrounding blanks allowed, an empty string is an error. */
function pyFloat(text: string): number {
  const t = text.trim().replace(/_/g, '');
  if (t === '') throw new Error(`CQE scoring: float('${text}') fails in Python`);
  return /^[+-]?(inf|infinity)$/i.test(t) ? (t.startsWith('-') ? -Infinity : Infinity) : Number(t);
}

/** decode_dictionary: a string with an inner "-" (no "E", not a leading minus) is a range; only its first two parts count. */
export function decodeValue(value: CqeTag['value']): Decoded {
  if (typeof value === 'string' && !value.includes('E') && !value.startsWith('-') && value.includes('-')) {
    const parts = value.split('-');
    return [pyFloat(parts[0]!), pyFloat(parts[1]!)];
  }
  if (typeof value === 'string') return pyFloat(value);
  return value;
}

/** np.isclose(gold, model) with its defaults: the tolerance scales with the model's value, not the gold's. */
const isClose = (gold: number, model: number): boolean => Math.abs(gold - model) <= 1e-8 + 1e-5 * Math.abs(model);

/** values_match: ranges only match ranges, end by end. */
export function valuesMatch(gold: Decoded, model: Decoded): boolean {
  if (typeof gold === 'number' && typeof model === 'number') return isClose(gold, model);
  if (typeof gold === 'number' || typeof model === 'number') return false;
  return isClose(gold[0], model[0]) && isClose(gold[1], model[1]);
}

/** concepts_match: lowercased words, compared exactly (no stemming); gold words come from re.split(r'[,\s]+'). */
export function conceptsMatch(goldConcepts: string, model: readonly string[]): { complete: boolean; partial: boolean } {
  const gold = goldConcepts.split(/[,\s]+/).map((w) => w.toLowerCase());
  const ours = model.map((w) => w.toLowerCase());
  const oursSet = new Set(ours);
  const shared = new Set(gold.filter((w) => oursSet.has(w)));
  return { partial: shared.size > 0, complete: shared.size === gold.length && gold.length === ours.length };
}

/** Python's sorted(key=normalized_unit): stable, by code point. */
function byUnit<T extends { normalized_unit: string }>(items: readonly T[]): T[] {
  const cmp = (a: string, b: string): number => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  return [...items].sort((a, b) => cmp(a.normalized_unit, b.normalized_unit));
}

/** calculate_metrics, the counting loop, for the attributes value, unit and referred_concepts. */
export function cqeCounts(sentences: readonly CqeSentence[]): CqeCounts {
  const c: CqeCounts = { gold: 0, tags: 0, value: 0, valueUnit: 0, conceptPartial: 0, conceptComplete: 0 };
  for (const sentence of sentences) {
    c.gold += sentence.gt.length;
    c.tags += sentence.tags.length;
    // Removing an element keeps the list sorted, so their re-sort after a removal changes nothing.
    const tags = byUnit(sentence.tags);
    let valueCreditsLeft = sentence.gt.length;
    for (const gold of byUnit(sentence.gt)) {
      const goldValue = decodeValue(gold.value);
      const goldUnit = gold.normalized_unit.toLowerCase();
      for (const [at, tag] of tags.entries()) {
        if (!valuesMatch(goldValue, decodeValue(tag.value))) continue;
        if (valueCreditsLeft > 0) {
          c.value++;
          valueCreditsLeft--;
        }
        const concept = conceptsMatch(gold.referred_concepts, tag.referred_concepts);
        if (concept.complete) c.conceptComplete++;
        if (concept.partial) c.conceptPartial++;
        if (tag.normalized_unit.toLowerCase() === goldUnit) {
          c.valueUnit++;
          // They remove the first equal tag; an equal one earlier in the list would have matched first, so it is this one.
          tags.splice(at, 1);
          break;
        }
      }
    }
  }
  return c;
}
