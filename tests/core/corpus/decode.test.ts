import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/corpus/decode.js';

describe('decodeText', () => {
  it('decodes UTF-8, dropping a byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0x6f, 0x6d, 0xc3, 0xa1, 0xc5, 0xa1]))).toEqual({ ok: true, text: 'Tomáš' });
  });

  it('names the offset of the first bad byte', () => {
    const result = decodeText(new TextEncoder().encode('Tomáš and Café').map((b, i, all) => (i === all.length - 2 ? 0xff : b)));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-utf8' });
    expect(!result.ok && result.detail).toMatch(/offset 15\b/);
  });

  it('calls NUL bytes and control-character soup binary', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x41]))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeText(new Uint8Array(Array.from({ length: 50 }, (_, i) => (i % 2 ? 0x02 : 0x41))))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeText(new Uint8Array(Array.from({ length: 50 }, (_, i) => (i % 2 ? 0x81 : 0x05))))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('calls whitespace-only text empty', () => {
    expect(decodeText(new Uint8Array([]))).toMatchObject({ ok: false, reason: 'empty', detail: 'the file is empty' });
    expect(decodeText(new TextEncoder().encode(' \n\t\n'))).toMatchObject({ ok: false, reason: 'empty' });
  });
});
