/**
 * Site chrome: the menus, prompts and boxes a saved web page carries around the article.
 * Each rule matches a whole short line, so body text that merely mentions "subscribe" stays.
 */

/** A flattened menu is longer than any hard-wrapped line of prose. */
const MIN_MENU_LENGTH = 120;
/** Chrome lines are short; a long line is body text even if it starts like a prompt. */
const MAX_CHROME_LENGTH = 160;

const CHROME_LINES: RegExp[] = [
  /^subscribe\b/i,
  /^sign (up|in)\b/i,
  /^log ?in\b/i,
  /^read more\b/i,
  /^continue reading\b/i,
  /^downloading pdf\b/i,
  /^(printable|printer[- ]friendly|print) version\b/i,
  /^print this (article|page)$/i,
  /^view (the )?archives?$/i,
  /^this article is (over|more than) .*\bold\.?$/i,
  /^send us your (comments|feedback)\b/i,
  /^if you (like|liked|enjoyed|value|appreciate) (this|our) (article|story|work|journalism)\b/i,
  /^(make|give) a donation\b/i,
  /^donate( now| today)?\b/i,
  /^(latest|related|recent|more) (news|articles|stories|posts)$/i,
  /^most (read|popular|viewed)$/i,
  /^share (this|on)\b/i,
  /^(follow|like) us on\b/i,
  /^skip to (main )?content$/i,
  /^back to top$/i,
  /^advertisement$/i,
];

/** Language names as menus print them, lower-cased, one word each ("Bahasa Indonesia" is two). */
const LANGUAGE_WORDS = new Set(
  (
    'english français francais deutsch español espanol italiano português portugues polski russian русский ' +
    'chinese 中文 简体中文 繁體中文 japanese 日本語 korean 한국어 tagalog filipino bahasa indonesia melayu ' +
    'nederlands svenska norsk dansk suomi íslenska türkçe turkish ελληνικά greek magyar čeština română ' +
    'українська ukrainian български српски hrvatski slovenščina slovenčina lietuvių latviešu eesti ' +
    'العربية arabic عربي فارسی persian farsi kurdî kurdish עברית hebrew हिन्दी hindi urdu اردو বাংলা ' +
    'bengali tamil தமிழ் tiếng việt vietnamese ไทย thai french german spanish italian portuguese polish dutch swedish'
  ).split(' '),
);

/** "Documents in: Bahasa Indonesia Deutsch Español …": a line that is mostly language names. */
export function isLanguageMenu(line: string): boolean {
  const words = line
    .replace(/^[^:]{0,40}:/, '')
    .split(/[\s|/·•,]+/)
    .filter((w) => w !== '');
  const languages = words.filter((w) => LANGUAGE_WORDS.has(w.toLowerCase())).length;
  return languages >= 4 && languages >= words.length * 0.6;
}

/**
 * "Home › World › Middle East", "News | Sport | Opinion", or a menu flattened into one line
 * ("Home Spartacist, theoretical and documentary repository of the ICL, … ICL events"): it starts
 * with "Home" and a capitalised item, runs on longer than a wrapped line without ending a sentence,
 * and is mostly capitalised names.
 */
export function isNavigation(line: string): boolean {
  const parts = line.split(/\s+[|›»>/]\s+/);
  if (parts.length >= 3 && parts.every((p) => p.split(' ').length <= 4)) return true;
  const words = line.split(' ');
  if (!/^Home\s+\p{Lu}/u.test(line) || line.length < MIN_MENU_LENGTH || /[.!?]["”’)]*$/.test(line)) return false;
  const significant = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return significant.filter((w) => /^\p{Lu}/u.test(w)).length >= significant.length * 0.5;
}

export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_CHROME_LENGTH * 3) return false;
  if (isLanguageMenu(text) || isNavigation(text)) return true;
  return text.length <= MAX_CHROME_LENGTH && CHROME_LINES.some((re) => re.test(text));
}
