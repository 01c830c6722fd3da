/**
 * Matching a user's `source` text against the corpus's publications and titles. A short list,
 * typed loosely ("socialist worker", "revolutoin"): fuse.js is the right tool here.
 */
import Fuse from 'fuse.js';
import type { CorpusDocument } from './corpus/types.js';

interface SourceName {
  docId: string;
  name: string;
}

function namesOf(documents: readonly CorpusDocument[]): SourceName[] {
  return documents.flatMap((doc) =>
    [doc.meta.publication, doc.meta.title, doc.id]
      .filter((name): name is string => Boolean(name))
      .map((name) => ({ docId: doc.id, name })),
  );
}

const fuseOptions = { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.35 };

/** The documents whose publication, title or id matches `text`; empty when none does. */
export function matchSources(documents: readonly CorpusDocument[], text: string): Set<string> {
  const wanted = text.trim().toLowerCase();
  const names = namesOf(documents);
  // A plain substring is the clearest intent ("worker" → Socialist Worker); fuzzy only when none.
  const substring = names.filter((entry) => entry.name.toLowerCase().includes(wanted));
  if (substring.length > 0) return new Set(substring.map((entry) => entry.docId));
  const fuzzy = new Fuse(names, fuseOptions).search(wanted.slice(0, 100));
  return new Set(fuzzy.map((result) => result.item.docId));
}

/** Distinct publications and titles for autocomplete, best matches for `typed` first. */
export function completeSource(documents: readonly CorpusDocument[], typed: string): string[] {
  const distinct = [...new Set(namesOf(documents).filter((entry) => entry.name !== entry.docId).map((entry) => entry.name))];
  if (!typed.trim()) return distinct;
  const found = new Fuse(distinct, { includeScore: true, ignoreLocation: true, threshold: 0.45 }).search(typed.slice(0, 100));
  return found.map((result) => result.item);
}
