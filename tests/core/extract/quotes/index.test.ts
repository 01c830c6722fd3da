import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../../../src/core/extract/quotes/index.js';
import { makeDoc } from './make-doc.js';

const speakers = (...paragraphs: string[]) =>
  extractQuotations(makeDoc(...paragraphs)).map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, rule: q.rule }));

describe('extractQuotations: cues', () => {
  it('reads "…," X said and "…," said X', () => {
    expect(speakers('“We will win this war,” Smith said.', '“Nobody will stop us,” said Jones, 54.')).toEqual([
      { text: 'We will win this war,', speaker: 'Smith', rule: 'said-after' },
      { text: 'Nobody will stop us,', speaker: 'Jones', rule: 'said-after' },
    ]);
  });

  it('reads X said/told …, “…” and keeps the channel', () => {
    const [q] = extractQuotations(makeDoc('Bashar told PBS, “We tried to escape the day before.”'));
    expect(q!.speaker).toEqual({ name: 'Bashar', named: true, role: null, channel: 'PBS' });
    expect(q!.rule).toBe('said-before');
  });

  it('reads As X noted in Y: “…”, keeping role and channel apart from the name', () => {
    const [q] = extractQuotations(makeDoc('As journalist Patrick Cockburn noted in the London Independent (28 February): “Very little has changed in these operations so far.”'));
    expect(q!.speaker).toEqual({ name: 'Patrick Cockburn', named: true, role: 'journalist', channel: 'the London Independent' });
    expect(q!.rule).toBe('as-noted');
  });

  it('attributes quoted words inside reported speech to the subject of the verb, not the nearest name', () => {
    const [q] = extractQuotations(makeDoc('David Gardner writing in the Financial Times observed that Prime Minister Haider al-Abadi’s hope of unity was “optimistic.”'));
    expect(q!.speaker).toMatchObject({ name: 'David Gardner', channel: 'the Financial Times' });
    expect(q!.rule).toBe('reported-speech');
  });

  it('keeps a short quotation when a cue attributes it, and the role of a titled name', () => {
    const [q] = extractQuotations(makeDoc('In May, Defense Secretary James “Mad Dog” Mattis declared the U.S. policy is “annihilation”—taking no prisoners.'));
    expect(q).toMatchObject({ text: 'annihilation', speaker: { name: 'James Mattis', role: 'Defense Secretary' } });
  });

  it('reads X warned him to “…”', () => {
    const [q] = extractQuotations(makeDoc('After the prime minister protested, Turkey’s strongman president Recep Tayyip Erdogan warned him to “know your place!”'));
    expect(q!.speaker).toMatchObject({ name: 'Recep Tayyip Erdogan', role: 'Turkey’s strongman president' });
  });

  it('reads according to X', () => {
    expect(speakers('“The city will fall within days,” according to a senior Iraqi officer.')[0]).toMatchObject({ speaker: 'a senior Iraqi officer', rule: 'according-to' });
  });

  it('gives a participle clause the subject of its sentence', () => {
    const [q] = extractQuotations(makeDoc('US President Barack Obama spoke yesterday, acknowledging at a press conference with Italian Prime Minister Matteo Renzi that “Mosul will be a difficult fight.”'));
    expect(q!.speaker).toMatchObject({ name: 'Barack Obama', role: 'US President' });
    expect(q!.rule).toBe('participle');
  });

  it('continues a speaker across a cue sentence and an interrupted quotation', () => {
    expect(speakers('“As far as I know, the city is not encircled,” Lavrov said. “I hope it is because they could not do it.”')).toEqual([
      { text: 'As far as I know, the city is not encircled,', speaker: 'Lavrov', rule: 'said-after' },
      { text: 'I hope it is because they could not do it.', speaker: 'Lavrov', rule: 'continues' },
    ]);
    expect(speakers('Michael Fallon spoke on Monday.', '“If the Americans take similar action again,” he said, “I want to be very clear.”')).toEqual([
      { text: 'If the Americans take similar action again,', speaker: 'Michael Fallon', rule: 'said-after' },
      { text: 'I want to be very clear.', speaker: 'Michael Fallon', rule: 'continues' },
    ]);
  });
});

describe('extractQuotations: who the speaker is', () => {
  it('resolves a surname to the fullest name given earlier, with its role', () => {
    const [q] = extractQuotations(makeDoc('The interview was with KRG Foreign Minister Falah Mustafa Bakir on Tuesday.', '“We have a security concern here,” Bakir told al-Jazeera.'));
    expect(q!.speaker).toEqual({ name: 'Falah Mustafa Bakir', named: true, role: 'KRG Foreign Minister', channel: 'al-Jazeera' });
  });

  it('resolves he to the person the preceding sentence is about', () => {
    const [a, b] = extractQuotations(makeDoc('Tory defence secretary Michael Fallon backed the raids. But Fallon gave him a blank cheque.', '“If the Americans take similar action again,” he said, “we will support it.”'));
    expect(a!.speaker).toMatchObject({ name: 'Michael Fallon', role: 'Tory defence secretary' });
    expect(b!.speaker?.name).toBe('Michael Fallon');
  });

  it('prefers the subject of the previous sentence over another person named in it', () => {
    const [q] = extractQuotations(makeDoc('US President Barack Obama met Italian Prime Minister Matteo Renzi on Monday. Ignoring the sieges of Ramadi and Fallujah, he remarked, “It is hard when you leave your home behind.”'));
    expect(q!.speaker?.name).toBe('Barack Obama');
  });

  it('leaves he unresolved when the passage is about two people', () => {
    for (const context of ['John Smith and Peter Brown met on Monday.', 'The report was written for Mary Jones and Peter Brown.']) {
      const [q] = extractQuotations(makeDoc(context, '“We will not give up the fight,” he said.'));
      expect(q).toMatchObject({ speaker: null, rule: null });
    }
  });

  it('expands an abbreviation the document defines', () => {
    const [q] = extractQuotations(makeDoc('Amnesty International (AI) issued a report.', '“Civilians were trapped in the rubble for days,” a representative of AI told Democracy Now!'));
    expect(q!.speaker).toEqual({ name: 'a representative of Amnesty International', named: false, role: null, channel: 'Democracy Now!' });
  });

  it('keeps an appositive as the role', () => {
    const [q] = extractQuotations(makeDoc('“I think west Mosul will be destroyed,” Hoshyar Zebari, a Kurdish leader, told the Independent in an interview.'));
    expect(q!.speaker).toEqual({ name: 'Hoshyar Zebari', named: true, role: 'Kurdish leader', channel: 'the Independent' });
  });

  it('does not attribute to a pair of named people', () => {
    expect(speakers('“This is an outrage against the people,” Smith and Jones said.')[0]!.speaker).toBeNull();
  });
});

describe('extractQuotations: what is a quotation', () => {
  it('drops scare quotes, nicknames and titles of works', () => {
    expect(speakers('Troops launched an assault to “liberate” the city with “advisors,” led by James “Mad Dog” Mattis.')).toEqual([]);
    expect(speakers('The essay titled “How the War Was Lost” ran on Monday.')).toEqual([]);
    expect(speakers('The Times photo essay “Satellite Images of Mosul Reveal the Devastation” never said who did it.')).toEqual([]);
  });

  it('keeps a real quotation without a visible speaker, unattributed', () => {
    expect(speakers('The walls were covered with graffiti: “We were here and we will come back again.”')).toEqual([
      { text: 'We were here and we will come back again.', speaker: null, rule: null },
    ]);
  });

  it('gives nested quotations their own speakers', () => {
    const quotes = speakers('The New York Times reported:', 'One soldier, Mohamed, said he had served in Ramadi. ‘I felt like I was fighting armies,’ said Mohamed, 24. The rest fled.”');
    expect(quotes).toEqual([
      { text: expect.stringMatching(/^One soldier, Mohamed/), speaker: 'The New York Times', rule: 'block-intro' },
      { text: 'I felt like I was fighting armies,', speaker: 'Mohamed', rule: 'said-after' },
    ]);
  });

  it('reads a quotation that runs over paragraphs as one, attributed by its colon introduction', () => {
    const [q, ...rest] = extractQuotations(makeDoc('An article by reporter Adnan R. Khan described the situation:', '“Liberating Mosul has little to do with territory.', '“In their eyes, everyone in Mosul is a sympathizer.”'));
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ paragraph: 2, endParagraph: 3, speaker: { name: 'Adnan R. Khan', role: 'reporter' }, rule: 'colon-intro' });
    expect(q!.text).toBe('Liberating Mosul has little to do with territory.\n\nIn their eyes, everyone in Mosul is a sympathizer.');
  });

  it('reads a block introduced by "As X analyzed in Y," and ended by a citation', () => {
    const [q] = extractQuotations(makeDoc('As the revolutionary leader Bob Avakian analyzed in Bringing Forward Another Way, the two poles reinforce each other.', 'What we see in contention here are historically outmoded strata on both sides of this.', 'It is the ruling strata of the imperialist system that pose the greater threat. (BAsics 1:28)'));
    expect(q).toMatchObject({ paragraph: 2, endParagraph: 3, speaker: { name: 'Bob Avakian', role: 'revolutionary leader', channel: 'Bringing Forward Another Way' }, rule: 'cited-block' });
    expect(q!.text.endsWith('greater threat.')).toBe(true);
  });
});

describe('extractQuotations: contract', () => {
  it('gives stable ids and ranges that point at the quoted words', () => {
    const doc = makeDoc('Intro.', '“One thing is clear to everyone here,” she said. “Another thing is clear too,” he said.');
    const quotes = extractQuotations(doc);
    expect(quotes.map((q) => q.id)).toEqual(['test-doc#p2#q1', 'test-doc#p2#q2']);
    for (const q of quotes) expect(doc.paragraphs[1]!.text.slice(...q.range)).toBe(q.text);
    expect(extractQuotations(doc)).toEqual(quotes);
  });

  it('never throws, whatever the text', () => {
    const weird = ['“', '”', '‘’‘’', '"""', "'''", ':', '“a', 'b”', '“‘“‘', '(X 1:2)', '', ' ', 'As , said:'];
    expect(() => extractQuotations(makeDoc(...weird))).not.toThrow();
  });
});
