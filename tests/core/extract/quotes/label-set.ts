/**
 * The labelled quotation set (labels.json) and how extraction is scored against it; shared by the
 * floor tests and scripts/eval-quotes.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument } from '../../../../src/core/corpus/types.js';
import type { Quotation } from '../../../../src/core/extract/types.js';

export interface QuoteLabel {
  file: string;
  seed: string;
  /** The first words of the quoted text, case-sensitive. */
  text: string;
  kind: 'speech' | 'scare' | 'title';
  speaker: { name: string; named: boolean; role: string | null; channel: string | null } | null;
  cue: string | null;
  note?: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function loadLabels(): QuoteLabel[] {
  const raw = JSON.parse(readFileSync(path.join(here, 'labels.json'), 'utf8')) as { labels: QuoteLabel[] };
  return raw.labels;
}

const normalise = (s: string): string => s.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
/** Names compare without case, a leading "the" or curly apostrophes. */
export const sameName = (a: string, b: string): boolean => normalise(a).toLowerCase().replace(/^the /, '') === normalise(b).toLowerCase().replace(/^the /, '');
const contains = (a: string, b: string): boolean => normalise(a).toLowerCase().includes(normalise(b).toLowerCase());

export interface Counts {
  attributed: number;
  correct: number;
}

export interface QuotesEvaluation {
  speechLabels: number;
  found: number;
  /** Labelled speech with a speaker that extraction attributed to that speaker. */
  attributableLabels: number;
  attributedCorrectly: number;
  /** Quotations extraction attributed to someone, and how many of those to the labelled speaker. */
  attributed: number;
  correct: number;
  notQuotations: number;
  notQuotationsKept: number;
  roles: { labelled: number; right: number };
  channels: { labelled: number; right: number };
  byRule: Record<string, Counts>;
  byCue: Record<string, { labelled: number; correct: number }>;
  /** Human-readable disagreements. */
  errors: string[];
}

export function score(docs: readonly CorpusDocument[], labels: readonly QuoteLabel[], extract: (doc: CorpusDocument) => Quotation[]): QuotesEvaluation {
  const ev: QuotesEvaluation = {
    speechLabels: 0, found: 0, attributableLabels: 0, attributedCorrectly: 0, attributed: 0, correct: 0,
    notQuotations: 0, notQuotationsKept: 0, roles: { labelled: 0, right: 0 }, channels: { labelled: 0, right: 0 },
    byRule: {}, byCue: {}, errors: [],
  };
  for (const doc of docs) {
    const quotations = extract(doc);
    const used = new Set<Quotation>();
    for (const label of labels.filter((l) => l.file === doc.file)) {
      const match = quotations.find((q) => !used.has(q) && normalise(q.text).startsWith(normalise(label.text)));
      if (match) used.add(match);
      if (label.kind !== 'speech') {
        ev.notQuotations++;
        if (match) {
          ev.notQuotationsKept++;
          ev.errors.push(`${doc.file}: kept ${label.kind} "${label.text}"`);
        }
        continue;
      }
      ev.speechLabels++;
      if (match) ev.found++;
      else ev.errors.push(`${doc.file}: missed "${label.text}"`);
      const expected = label.speaker;
      if (expected) {
        const cue = (ev.byCue[label.cue ?? 'none'] ??= { labelled: 0, correct: 0 });
        cue.labelled++;
        ev.attributableLabels++;
        const right = match?.speaker && sameName(match.speaker.name, expected.name);
        if (right) {
          ev.attributedCorrectly++;
          cue.correct++;
          if (expected.role) {
            ev.roles.labelled++;
            const role = match.speaker!.role;
            if (role && (contains(role, expected.role) || contains(expected.role, role))) ev.roles.right++;
            else ev.errors.push(`${doc.file}: "${label.text}" role ${JSON.stringify(role)}, labelled "${expected.role}"`);
          }
          if (expected.channel) {
            ev.channels.labelled++;
            if (match.speaker!.channel && sameName(match.speaker!.channel, expected.channel)) ev.channels.right++;
            else ev.errors.push(`${doc.file}: "${label.text}" channel ${JSON.stringify(match.speaker!.channel)}, labelled "${expected.channel}"`);
          }
        } else if (match) {
          ev.errors.push(`${doc.file}: "${label.text}" speaker ${JSON.stringify(match.speaker?.name ?? null)}, labelled "${expected.name}"`);
        }
      }
    }
    // Every attributed quotation counts towards precision, labelled or not.
    for (const q of quotations) {
      if (!q.speaker) continue;
      ev.attributed++;
      const rule = (ev.byRule[q.rule ?? 'none'] ??= { attributed: 0, correct: 0 });
      rule.attributed++;
      const label = labels.find((l) => l.file === doc.file && l.kind === 'speech' && l.speaker && normalise(q.text).startsWith(normalise(l.text)));
      if (label && sameName(q.speaker.name, label.speaker!.name)) {
        ev.correct++;
        rule.correct++;
      } else if (!label) {
        ev.errors.push(`${doc.file}: attributed an unlabelled quotation "${q.text.slice(0, 40)}" to ${q.speaker.name}`);
      }
    }
  }
  return ev;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
