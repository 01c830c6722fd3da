import { describe, expect, it } from 'vitest';
import { extractQuotations } from '../../../../src/core/extract/quotes/index.js';
import { makeDoc } from './make-doc.js';

const first = (...paragraphs: string[]) => extractQuotations(makeDoc(...paragraphs))[0];

describe('cues: which verb owns the quotation', () => {
  it('reads typewriter quotation marks and continues the speaker across them', () => {
    const quotes = extractQuotations(makeDoc("''We are refugees here,'' Ms. Alawee said. ''We are not terrorists at all.''"));
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.rule])).toEqual([
      ['We are refugees here,', 'Alawee', 'said-after'],
      ['We are not terrorists at all.', 'Alawee', 'continues'],
    ]);
  });

  it('does not take a verb whose clause ended before the quotation', () => {
    const q = first('As Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against “any and all gun control measures in the bill.”');
    expect(q).toMatchObject({ speaker: null, rule: null });
  });

  it('does not read a new clause after the quotation as its cue', () => {
    const q = first('Trump told supporters on Tuesday that “we close one chapter in history and we begin another,” and he vowed to carry on.');
    expect(q!.speaker?.name).toBe('Trump');
    expect(q!.rule).toBe('reported-speech');
  });

  it('steps over a place or a relative clause between the subject and its verb', () => {
    expect(first('Trump, in Kentucky, said Tuesday that Rubio was “a total lightweight.”')!.speaker?.name).toBe('Trump');
    expect(first('Trump, who has been feuding with leaders this week, on Friday described his plan for a “big tent party for everyone.”')!.speaker?.name).toBe('Trump');
  });

  it('keeps "according to" as the channel when a speaker is named', () => {
    expect(first('“I ask you not to protest on the floor,” Sanders said, according to CNN.')!.speaker).toMatchObject({ name: 'Sanders', channel: 'CNN' });
    expect(first('According to CNN, Sanders said “there will be no protest on the floor tonight.”')!.speaker).toMatchObject({ name: 'Sanders', channel: 'CNN' });
  });

  it('does not take the subject of a subordinate clause for a coordinated verb', () => {
    const q = first('McConnell was quick to embrace the mogul after he clinched the nomination and said this week that Trump will be “very competitive in the fall election.”');
    expect(q!.speaker?.name).toBe('McConnell');
  });
});

describe('resolution: pronouns', () => {
  it('passes over a sentence whose subject is itself a pronoun', () => {
    const q = first('Carly Fiorina spoke in Iowa on Monday.', 'She also criticized Trump’s past support for liberal ideas. “He has no plan at all for this country,” she said.');
    expect(q!.speaker?.name).toBe('Carly Fiorina');
  });

  it('follows a chain of he said back to the named speaker', () => {
    const quotes = extractQuotations(makeDoc('“The economy is strong and growing,” Mr. Obama said.', 'Reporters asked about the deficit.', '“We will cut it in half by next year,” he said.'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Obama', 'Obama']);
  });

  it('leaves a pronoun inside someone else’s quotation unresolved', () => {
    const quotes = extractQuotations(makeDoc('Douglas Brinkley recalled, “Out of nowhere, he said, ‘Is there any way we can do this by ourselves?’ and we all laughed.”'));
    expect(quotes.find((q) => q.text.startsWith('Is there'))!.speaker).toBeNull();
  });

  it('does not take a name that only modifies a noun as the subject', () => {
    const q = first('Trump backers looked to Kukura for help. He declined.', '“We did not want to take sides in this fight,” he said.');
    expect(q!.speaker).toBeNull();
  });

  it('respects the gender the document gives with Mr., Mrs. or Ms.', () => {
    const q = first('Mrs. Clinton spoke in Ohio on Monday.', '“We will win this election in November,” he said.');
    expect(q!.speaker).toBeNull();
  });
});
