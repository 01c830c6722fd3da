/**
 * Document ids come from file names, so they stay the same across restarts and reloads:
 * "spartacist-canada-191-imperialist-bloodbath-in-mosul.md" → "spartacist-canada-191-imperialist-bloodbath-in-mosul",
 * "2014/Iraq Report.txt" → "2014-iraq-report".
 */

export function docIdFromFile(file: string): string {
  const withoutExtension = file.replace(/\.[^./\\]+$/, '');
  const slug = withoutExtension
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'document' : slug;
}

/**
 * Ids for a whole corpus, in the given (sorted) file order. Two files whose names slug alike
 * ("notes.md", "notes.txt") get the extension appended, then a number, so every id is unique.
 */
export function assignDocIds(files: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of files) {
    const base = docIdFromFile(file);
    const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
    let id = base;
    if (taken.has(id) && extension) id = `${base}-${extension}`;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(file, id);
  }
  return ids;
}
