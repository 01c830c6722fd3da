/**
 * Matching a user's `source` text against the corpus's publications and titles. A short list,
 * typed loosely ("socialist worker", "revolutoin"): fuse.js is the right tool here.
 */
import Fuse from 'fuse.js';
import type { CorpusDocument } from './corpus/types.js';

interface SourceName {
  docId: string;
  name: string;
  lower: string;
}

/** What matching needs from a documents list, built on first use; a reload brings a new list. */
interface SourceNames {
  names: SourceName[];
  fuse?: Fuse<SourceName>;
  /** Distinct publications and titles (ids are not offered), in document order. */
  distinct?: string[];
  distinctFuse?: Fuse<string>;
}

const cache = new WeakMap<readonly CorpusDocument[], SourceNames>();

function sourceNames(documents: readonly CorpusDocument[]): SourceNames {
  let found = cache.get(documents);
  if (!found) {
    const names = documents.flatMap((doc) =>
      [doc.meta.publication, doc.meta.title, doc.id]
        .filter((name): name is string => Boolean(name))
        .map((name) => ({ docId: doc.id, name, lower: name.toLowerCase() })),
    );
    found = { names };
    cache.set(documents, found);
  }
  return found;
}

const fuseOptions = { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.35 };

/** The documents whose publication, title or id matches `text`; empty when none does. */
export function matchSources(documents: readonly CorpusDocument[], text: string): Set<string> {
  const wanted = text.trim().toLowerCase();
  const source = sourceNames(documents);
  // A plain substring is the clearest intent ("worker" → Socialist Worker); fuzzy only when none.
  const substring = source.names.filter((entry) => entry.lower.includes(wanted));
  if (substring.length > 0) return new Set(substring.map((entry) => entry.docId));
  source.fuse ??= new Fuse(source.names, fuseOptions);
  const fuzzy = source.fuse.search(wanted.slice(0, 100));
  return new Set(fuzzy.map((result) => result.item.docId));
}

/** Distinct publications and titles for autocomplete, best matches for `typed` first. */
export function completeSource(documents: readonly CorpusDocument[], typed: string): string[] {
  const source = sourceNames(documents);
  source.distinct ??= [...new Set(source.names.filter((entry) => entry.name !== entry.docId).map((entry) => entry.name))];
  // A copy: callers may sort or trim what they get.
  if (!typed.trim()) return [...source.distinct];
  source.distinctFuse ??= new Fuse(source.distinct, { includeScore: true, ignoreLocation: true, threshold: 0.45 });
  return source.distinctFuse.search(typed.slice(0, 100)).map((result) => result.item);
}
