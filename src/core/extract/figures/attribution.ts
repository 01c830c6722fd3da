/**
 * Who gives a figure outside quotation marks: "AI estimates that …", "According to the World Bank,
 * 28% …", "A Kurdish intelligence official told Britain's The Independent as many as 40,000 …".
 * Abbreviations the document defines ("Amnesty International (AI)") are spelled out.
 */

const REPORTING_VERBS =
  'estimates?|estimated|said|says|told|tells|reported|reports|claims?|claimed|believes?|believed|noted|notes|warned|announced|found|finds|shows?|showed|suggests?|suggested|stated|states|according to|acknowledged|confirmed|calculated|counted|put|puts';
const SUBJECT_THEN_VERB = new RegExp(`(?:^|[,;:(—–]\\s*|\\bthat\\s+)((?:[A-Z]|an?\\s|the\\s|some\\s)[^,;:()“”"]{1,80}?)\\s+(?:${REPORTING_VERBS})\\b`, 'g');
const ACCORDING_TO = /\baccording to ([^,;:()“”"]{2,80}?)(?:,|$)/gi;

/** Maps "AI" → "Amnesty International" for every "Full Name (ABBR)" whose initials match. */
export function abbreviationsOf(texts: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the|in)\s+)?){1,7})\(([A-Z]{2,6})\)/g;
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      const words = match[1]!.trim().split(/\s+/);
      const abbr = match[2]!;
      // Take as many trailing words as the initials need, skipping small words.
      const picked: string[] = [];
      let capitals = 0;
      for (let k = words.length - 1; k >= 0 && capitals < abbr.length; k--) {
        picked.unshift(words[k]!);
        if (/^[A-Z]/.test(words[k]!)) capitals++;
      }
      const initials = picked.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
      if (initials === abbr && !found.has(abbr)) found.set(abbr, picked.join(' '));
    }
  }
  return found;
}

function clean(subject: string, abbreviations: ReadonlyMap<string, string>): string | null {
  const trimmed = subject.trim().replace(/^(?:but|and|so|yet|however|meanwhile)\s+/i, '');
  if (trimmed.length < 2 || /\d/.test(trimmed) || trimmed.split(/\s+/).length > 9) return null;
  // A pronoun, a passive ("the Islamists are reported") or a fronted phrase is not a named source.
  if (/^(?:it|he|she|they|we|i|you|this|that|there|his|her|their|its)\b/i.test(trimmed)) return null;
  if (/\b(?:is|are|was|were|has|have|had|be|been|being)$/i.test(trimmed)) return null;
  if (/^(?:from|in|on|at|by|for|with|after|before|during|since|while|when|if|as|of|to|into|over|under)\b/i.test(trimmed)) return null;
  return abbreviations.get(trimmed) ?? trimmed;
}

/**
 * The source named before `position` in the sentence, when a reporting verb links it to what
 * follows; null when the sentence names none.
 */
export function attributionBefore(sentence: string, position: number, abbreviations: ReadonlyMap<string, string>): string | null {
  const before = sentence.slice(0, position);
  let best: { index: number; name: string } | null = null;
  for (const match of before.matchAll(ACCORDING_TO)) {
    const name = clean(match[1]!, abbreviations);
    if (name !== null && (best === null || match.index > best.index)) best = { index: match.index, name };
  }
  for (const match of before.matchAll(SUBJECT_THEN_VERB)) {
    const name = clean(match[1]!, abbreviations);
    if (name !== null && (best === null || match.index > best.index)) best = { index: match.index, name };
  }
  return best?.name ?? null;
}
