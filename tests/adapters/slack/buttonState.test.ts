import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../../src/adapters/slack/buttonState.js';

describe('button state', () => {
  it('round-trips a request and page through the button value', () => {
    const state = { request: { name: 'quote', args: { words: 'know "your" place', limit: '2' } }, part: 3 };
    expect(decodeState(encodeState(state)!)).toEqual(state);
  });

  it('gives up rather than writing a value over 2,000 characters', () => {
    expect(encodeState({ request: { name: 'quote', args: { words: '"'.repeat(1000) } }, part: 0 })).toBeNull();
    expect(encodeState({ request: { name: 'quote', args: { words: 'a'.repeat(1000) } }, part: 0 })).not.toBeNull();
  });

  it('rejects values ibid did not write', () => {
    for (const value of [undefined, '', 'not json', '{"n":"quote"}', '{"v":2,"n":"quote","a":{},"p":0}', '{"v":1,"n":"quote","a":{},"p":-1}']) expect(decodeState(value)).toBeNull();
  });
});
