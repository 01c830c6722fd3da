/**
 * Bytes → text, refusing what is not text: invalid UTF-8, binary data, nothing at all.
 */
import type { LoadProblemReason } from './types.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: LoadProblemReason; detail: string };

/** Above this share of control characters a file is data, not text. */
const MAX_CONTROL_SHARE = 0.05;
/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return, plus DEL. */
function isControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

function controlShare(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++;
  return text.length === 0 ? 0 : count / text.length;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary', detail: `binary data: NUL byte at offset ${nul}` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const latin1 = new TextDecoder('latin1').decode(bytes);
    if (controlShare(latin1) > MAX_CONTROL_SHARE) return { ok: false, reason: 'binary', detail: 'binary data: mostly control bytes' };
    return { ok: false, reason: 'invalid-utf8', detail: `not valid UTF-8 (first bad byte at offset ${firstInvalidOffset(bytes)}); save the file as UTF-8` };
  }
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, reason: 'binary', detail: 'binary data: mostly control characters' };
  if (text.trim() === '') return { ok: false, reason: 'empty', detail: bytes.length === 0 ? 'the file is empty' : 'the file holds only whitespace' };
  return { ok: true, text };
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset where the first bad byte sequence starts: the longest prefix that decodes in stream mode
 * (which lets a prefix end mid-character), backed up over an unfinished character at its end.
 */
function firstInvalidOffset(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (decodes(bytes.subarray(0, mid), true)) good = mid;
    else bad = mid;
  }
  let start = good;
  while (start > 0 && good - start < 3 && !decodes(bytes.subarray(0, start), false)) start--;
  return start;
}
