/**
 * Seeded random and hostile text: empty strings, 10 KB strings, control, RTL and zero-width
 * characters, lone surrogates, mentions for both platforms, markdown and code fences, option
 * syntax, and corpus words (so some inputs do match and their excerpts get rendered).
 */

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MENTIONS = ['@everyone', '@here', '@Everyone', '<!channel>', '<!here>', '<!everyone>', '<@U1>', '<@U012AB3CD>', '<@&1>', '<@123>', '<@!123>', '<#C1>', '<#123456>', '<!subteam^S1>', '<!date^1392734382^{date}|x>', '@ everyone', '＠everyone'];
const MARKDOWN = ['**bold**', '__under__', '~~strike~~', '||spoiler||', '`code`', '```js\nalert(1)\n```', '```', '> quote', '>>> rest', '# heading', '-# small', '- item', '1. first', '[masked](https://evil.example)', '<https://evil.example|click me>', '*', '_', '\\', '\\*', '&amp;', '&lt;', '&', '<', '>', '|'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b[31m', '\u001b]0;title\u0007', '\u007f', '\u0085', '\r', '\r\n', '\t', '\n', '\u2028', '\u2029'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u200f', '\u200e', '\u2066', '\u2069', '\u061c'];
const SCRIPTS = ['مرحبا بالعالم', 'שלום עולם', 'Привет', '日本語のテキスト', 'ünïcödé', '🇺🇦', '👨‍👩‍👧‍👦', 'e\u0301', '\ud800', '\udfff', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'];
const OPTIONS = ['limit:99999', 'limit:-1', 'limit:0', 'limit:2', '--limit', '--limit=3', 'page:0', 'page:-3', 'page:2', 'page:1e9', 'source:', 'source:mosul', '--source', 'id:', 'words:', '--json', '"unclosed', '“curly”', '"quoted words"'];
const CORPUS_WORDS = ['know', 'your', 'place', 'Mosul', 'Erdogan', 'hospital', 'civilians', 'encircled', 'city', 'Iraqi', 'Turkish', 'troops', 'president', 'said', 'killed', '130,000', 'percent', 'million', 'offensive', 'liberation'];
const IDS = ['spartacist-canada-191-imperialist-bloodbath-in-mosul#p17', '2016-10-offensive-to-retake-mosul#p7', 'x#p0', '#p1', 'nope#p99999', '../../etc/passwd#p1', 'a#p-1', 'a#pNaN'];

export const FAMILIES = ['empty', 'long', 'control', 'invisible', 'mentions', 'markdown', 'scripts', 'options', 'words', 'ids', 'mixed'] as const;
export type Family = (typeof FAMILIES)[number];

export class Hostile {
  constructor(private readonly random: () => number) {}

  int(max: number): number {
    return Math.floor(this.random() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  private piece(): string {
    const groups = [MENTIONS, MARKDOWN, CONTROL, INVISIBLE, SCRIPTS, OPTIONS, CORPUS_WORDS, CORPUS_WORDS];
    return this.pick(this.pick(groups));
  }

  /** About 10 KB of mixed pieces. */
  long(): string {
    const parts: string[] = [];
    let length = 0;
    while (length < 10_240) {
      const part = this.random() < 0.5 ? this.piece() : this.pick(CORPUS_WORDS);
      parts.push(part);
      length += part.length + 1;
    }
    return parts.join(this.random() < 0.8 ? ' ' : '');
  }

  /** A string of the given family (or a random one). */
  text(family: Family = this.pick(FAMILIES)): string {
    const n = 1 + this.int(8);
    const many = (source: readonly string[]) => Array.from({ length: n }, () => this.pick(source)).join(this.random() < 0.7 ? ' ' : '');
    switch (family) {
      case 'empty':
        return this.pick(['', ' ', '   ', '\n', '\t', '\u200b']);
      case 'long':
        return this.long();
      case 'control':
        return many([...CONTROL, ...CORPUS_WORDS]);
      case 'invisible':
        return many([...INVISIBLE, ...CORPUS_WORDS]);
      case 'mentions':
        return many([...MENTIONS, ...CORPUS_WORDS]);
      case 'markdown':
        return many([...MARKDOWN, ...CORPUS_WORDS]);
      case 'scripts':
        return many([...SCRIPTS, ...CORPUS_WORDS]);
      case 'options':
        return many([...OPTIONS, ...CORPUS_WORDS]);
      case 'words':
        return many(CORPUS_WORDS);
      case 'ids':
        return this.pick(IDS);
      case 'mixed':
        return Array.from({ length: n }, () => this.piece()).join(this.pick(['', ' ', '\n']));
    }
  }

  /** A value for a typed option: usually hostile text, sometimes a well-formed or extreme number. */
  value(type: string): unknown {
    if (type === 'boolean') return this.random() < 0.5;
    if (type === 'integer' || type === 'number') return this.pick([0, 1, 2, 5, -1, 1000, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5]);
    return this.text();
  }
}
