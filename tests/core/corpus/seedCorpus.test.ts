/**
 * The bundled corpus, loaded for real: the five seed articles arrive with their site chrome, hard
 * wraps and hyphenation (corpus/*.md keeps them byte for byte), and must come out as clean paragraphs.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { CorpusDocument, LoadedCorpus } from '../../../src/core/corpus/types.js';

const CORPUS_DIR = fileURLToPath(new URL('../../../corpus', import.meta.url));

let corpus: LoadedCorpus;
beforeAll(async () => {
  corpus = await loadCorpus(CORPUS_DIR);
});

function doc(id: string): CorpusDocument {
  const found = corpus.documents.find((d) => d.id === id);
  if (!found) throw new Error(`no document ${id}`);
  return found;
}
const texts = (d: CorpusDocument) => d.paragraphs.map((p) => p.text);
const paragraph = (d: CorpusDocument, n: number) => d.paragraphs[n - 1]?.text ?? '';
const sectionOf = (d: CorpusDocument, n: number) => d.paragraphs[n - 1]?.section;

function expectAbsent(d: CorpusDocument, fragments: string[]): void {
  for (const fragment of fragments) {
    const hits = texts(d).filter((t) => t.includes(fragment));
    expect(hits, `"${fragment}" should be gone from ${d.id}`).toEqual([]);
  }
}

describe('the bundled corpus', () => {
  it('loads all five seeds without problems, sorted by file name', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.map((d) => d.file)).toEqual([
      '2014-06-isis-captures-mosul.md',
      '2016-10-offensive-to-retake-mosul.md',
      'revolution-2017-07-24-liberation-of-mosul.md',
      'socialist-worker-2561-mission-accomplished.md',
      'spartacist-canada-191-imperialist-bloodbath-in-mosul.md',
    ]);
  });

  it('numbers paragraphs 1..n and keeps them tidy', () => {
    for (const d of corpus.documents) {
      d.paragraphs.forEach((p, i) => {
        expect(p.number).toBe(i + 1);
        expect(p.docId).toBe(d.id);
        expect(p.text).toBe(p.text.trim());
        expect(p.text).not.toMatch(/\s{2}|\n|\u00a0/);
      });
    }
  });

  it('never changes the words: every paragraph is a run of the source text, spacing aside', async () => {
    for (const d of corpus.documents) {
      const source = (await readFile(`${CORPUS_DIR}/${d.file}`, 'utf8')).replace(/\s+/g, '');
      for (const p of d.paragraphs) expect(source.includes(p.text.replace(/\s+/g, '')), `${d.id} ¶${p.number}`).toBe(true);
    }
  });

  it('turns headings into section labels, not passages', () => {
    for (const d of corpus.documents) {
      const sections = new Set(d.paragraphs.map((p) => p.section).filter((s) => s !== null));
      for (const p of d.paragraphs) expect(sections.has(p.text), `${d.id} ¶${p.number} is a heading`).toBe(false);
    }
  });

  it('keeps the front matter as written and derives sortDate', () => {
    expect(corpus.documents.map((d) => [d.meta.date, d.sortDate])).toEqual([
      ['June 2014', '2014-06'],
      ['October 2016', '2016-10'],
      ['July 24, 2017', '2017-07-24'],
      ['July 2017', '2017-07'],
      ['Spring/Summer 2017', '2017'],
    ]);
    expect(doc('2014-06-isis-captures-mosul').meta.author).toBeNull();
    expect(doc('socialist-worker-2561-mission-accomplished').meta.author).toBe('Tomáš Tengely-Evans');
  });
});

describe('000 Spartacist Canada: Imperialist Bloodbath in Mosul', () => {
  const id = 'spartacist-canada-191-imperialist-bloodbath-in-mosul';

  it('drops the language menu, masthead, navigation, prompts and the closing issue sidebar', () => {
    const d = doc(id);
    expectAbsent(d, [
      'Documents in:',
      'Bahasa Indonesia',
      'International Communist League',
      'Home Spartacist',
      'Subscribe to Spartacist Canada',
      'View archives',
      'Printable version of this article',
      'SC 191',
      'Defend China, North Korea!',
      'Standoff at Standing Rock',
      'Trotskyist League Statement',
    ]);
    expect(texts(d)).not.toContain('Spartacist Canada No. 191');
    expect(texts(d)).not.toContain('Spring/Summer 2017');
    expect(texts(d)).not.toContain('Imperialist Bloodbath in Mosul');
  });

  it('has 29 paragraphs in four sections', () => {
    const d = doc(id);
    expect(d.paragraphs).toHaveLength(29);
    expect(paragraph(d, 1)).toMatch(/^The following article is adapted from Workers Vanguard No\. 1107 \(10 March\)/);
    expect(paragraph(d, 2)).toMatch(/^In October, Iraqi government troops, assisted by hundreds/);
    expect(paragraph(d, 29)).toMatch(/^“Mass slaughter is the concentrated expression/);
    expect(sectionOf(d, 1)).toBe('All U.S., Canadian Forces Out of the Near East Now!');
    expect(sectionOf(d, 10)).toBe('All U.S., Canadian Forces Out of the Near East Now!');
    expect(sectionOf(d, 11)).toBe('Down With U.S. and Canadian Imperialism!');
    expect(paragraph(d, 11)).toMatch(/^The escalation of imperialist intervention/);
    expect(sectionOf(d, 17)).toBe('For a United, Independent Kurdistan!');
    expect(sectionOf(d, 21)).toBe('Imperialist Atrocities Shatter Near East');
    expect(sectionOf(d, 29)).toBe('Imperialist Atrocities Shatter Near East');
  });

  it('keeps the words as written, odd hyphen included', () => {
    expect(paragraph(doc(id), 18)).toContain('a socialist re-public of united Kurdistan');
  });
});

describe('001 Revolution: The U.S. “Liberation” of Mosul', () => {
  const id = 'revolution-2017-07-24-liberation-of-mosul';

  it('drops the two-line title, the date line and the closing appeals', () => {
    const d = doc(id);
    expectAbsent(d, ['War Crimes in Service of Imperialism', '| Revolution Newspaper', 'Volunteers Needed', 'Send us your comments', 'If you like this article']);
  });

  it('has 23 paragraphs; the question after a heading stays a passage', () => {
    const d = doc(id);
    expect(d.paragraphs).toHaveLength(23);
    expect(paragraph(d, 1)).toMatch(/^The U\.S\. and Iraqi governments claim the city of Mosul has been “liberated\.”/);
    expect(sectionOf(d, 1)).toBeNull();
    expect(sectionOf(d, 7)).toBe('Covering Up America’s War Crimes');
    expect(paragraph(d, 9)).toBe('Indiscriminate bombing that recklessly endangers and kills civilians is a war crime.');
    expect(sectionOf(d, 11)).toBe('Liberation? No. A Deadly Clash Between Reactionary Imperialism and Reactionary Islamic Fundamentalism');
    expect(paragraph(d, 16)).toBe('How did ISIS emerge and seize control of Mosul?');
    expect(sectionOf(d, 16)).toBe('U.S. Imperialism, Emergence of ISIS, and Bringing Forward Another Way');
    expect(paragraph(d, 23)).toMatch(/^The carnage in Mosul is heartrending/);
  });
});

describe('002 Socialist Worker: Mission accomplished? Iraq’s heard that before', () => {
  const id = 'socialist-worker-2561-mission-accomplished';

  it('drops byline, PDF prompt, age notice, duplicated captions, the teaser sidebar and the closing boxes', () => {
    const d = doc(id);
    expectAbsent(d, [
      'By Tomáš Tengely-Evans',
      'Downloading PDF',
      'This article is over',
      'The US invasion smashed Iraqi society',
      '(Pic:',
      'at a British airforce base in Cyprus',
      'War threats flow from logic of imperialism',
      'Read More',
      'Sign up for our daily email',
      'Latest News',
      'Make a donation',
      'Help fund the resistance',
    ]);
    expect(texts(d)).not.toContain('Issue 2561');
  });

  it('has 45 paragraphs: the article, then three short news items under their headlines', () => {
    const d = doc(id);
    expect(d.paragraphs).toHaveLength(45);
    expect(paragraph(d, 1)).toMatch(/^The Iraqi military said it was in the final stages of capturing/);
    expect(paragraph(d, 12)).toMatch(/^He also effectively surrendered much of eastern Syria/);
    expect(paragraph(d, 13)).toMatch(/^Now Assad and his closest ally/);
    expect(paragraph(d, 23)).toMatch(/^The real solution is for the sort of uprisings/);
    expect(d.paragraphs.slice(0, 23).every((p) => p.section === null)).toBe(true);
    expect(sectionOf(d, 24)).toBe('Tories back Trump’s raids');
    expect(paragraph(d, 24)).toMatch(/^Tory defence secretary Michael Fallon last week/);
    expect(sectionOf(d, 31)).toBe('Israeli jets join the fray in Syrian war');
    expect(sectionOf(d, 38)).toBe('What price to end the Gaza seige?');
    expect(paragraph(d, 45)).toMatch(/^But with Dahlan—who is quietly backed by Israel—in charge/);
  });
});

describe('003 PDF text: the offensive to retake Mosul', () => {
  const id = '2016-10-offensive-to-retake-mosul';

  it('reflows hard-wrapped lines into 18 paragraphs', () => {
    const d = doc(id);
    expect(d.paragraphs).toHaveLength(18);
    expect(paragraph(d, 1)).toBe(
      'The offensive by the US-led coalition to retake Mosul continued Tuesday, as leading participants acknowledged the fighting could take months, and aid organizations issued dire warnings of the impact on the more than 1 million civilians living in Iraq’s second largest city.',
    );
    expect(paragraph(d, 6)).toContain('plunged the Middle East into a bloodbath');
    expect(paragraph(d, 12)).toMatch(/could be “explosive\.”$/);
    expect(paragraph(d, 18)).toMatch(/^But the involvement of all of the major imperialist powers.*Mosul’s future\.$/);
    expect(d.paragraphs.every((p) => p.section === null)).toBe(true);
  });

  it('rejoins words hyphenated across line breaks, keeping the hyphen before a capital', () => {
    const d = doc(id);
    expect(paragraph(d, 12)).toContain('Iraqi Prime Minister Haider al-Abadi’s hope');
    expect(paragraph(d, 14)).toContain('Bakir told al-Jazeera.');
    expect(paragraph(d, 15)).toContain('Shia cleric Muqtada al-Sadr was held');
    expectAbsent(d, ['al- ', '- ']);
  });
});

describe('004 ISIS captures Mosul (2014)', () => {
  const id = '2014-06-isis-captures-mosul';

  it('strips image names glued to the text and keeps the spelling as written', () => {
    const d = doc(id);
    expect(paragraph(d, 1)).toMatch(/^On Tuesday, the Islamisc fundamentalist group ISIS captured Mosul/);
    expect(paragraph(d, 2)).toMatch(/^Early Tuesday, Islamist fundamentalists coming in from the desert/);
    expect(paragraph(d, 5)).toMatch(/^Besides being one of Iraq’s largest cities/);
    expectAbsent(d, ['isil 1', 'ai2html']);
  });

  it('has 63 paragraphs with sections from the short heading lines', () => {
    const d = doc(id);
    expect(d.paragraphs).toHaveLength(63);
    expect(sectionOf(d, 23)).toBeNull();
    const underKurds = d.paragraphs.filter((p) => p.section === 'The Kurds').map((p) => p.text);
    expect(underKurds).toHaveLength(3);
    expect(underKurds[1]).toMatch(/^In the north also the continued authoritarian actions of Maliki/);
    expect(sectionOf(d, 27)).toBe('Demoralised army');
    expect(paragraph(d, 30)).toBe('The New York Times reported:');
    expect(paragraph(d, 33)).toBe('“‘I’m tired,’ he said. ‘Everyone is tired.’');
    expect(sectionOf(d, 36)).toBe('Mission accomplished”');
    expect(sectionOf(d, 44)).toBe('ISIS - a creation of Imperialism');
    expect(paragraph(d, 63)).toMatch(/^The only class that can offer a way out/);
    expect(paragraph(d, 63)).toContain('They must be overthrown. The rottenness');
  });
});
