/**
 * Keeps secrets out of logs, wherever they sit: any field named like a secret (at any depth,
 * inside errors too), any string shaped like a Slack or Discord token, a Bearer/Bot credential,
 * a Slack response_url or an interaction/webhook token in a URL, and the exact values of the
 * secrets ibid was configured with.
 */
import { stdSerializers } from 'pino';

export const CENSOR = '[redacted]';

/** Field names whose (non-numeric) values are secrets. */
const SECRET_KEY = /token|secret|passw(?:or)?d|authorization|cookie|api[-_]?key|private[-_]?key|signature|credential|^auth$/i;

const SECRET_SHAPES: [RegExp, string][] = [
  [/\bxox[a-z]-[A-Za-z0-9-]{6,}/g, CENSOR],
  [/\bxapp-[A-Za-z0-9-]{6,}/g, CENSOR],
  // Discord bot tokens: base64 user id . timestamp . HMAC.
  [/[A-Za-z0-9_-]{23,30}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, CENSOR],
  [/\b(Bearer|Bot|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${CENSOR}`],
  [/(https:\/\/hooks\.slack\.com\/)[^\s"'<>]+/g, `$1${CENSOR}`],
  [/(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9._-]{16,}/g, `$1${CENSOR}`],
];

const MAX_DEPTH = 10;

export class Redactor {
  private readonly exact: string[];

  /** `secrets`: configured values to hide wherever they appear (short ones would hide ordinary words). */
  constructor(secrets: readonly (string | null | undefined)[] = []) {
    this.exact = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8))].sort((a, b) => b.length - a.length);
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.exact) if (out.includes(secret)) out = out.split(secret).join(CENSOR);
    for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
    return out;
  }

  /** A copy of `value` with secrets replaced; the original is never changed. */
  value(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= MAX_DEPTH) return '[too deep]';
    if (seen.has(value)) return '[circular]';
    seen.add(value);
    if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
    if (value instanceof Error) return this.value(stdSerializers.err(value), depth + 1, seen);
    if (value instanceof Map) return this.value(Object.fromEntries(value), depth + 1, seen);
    if (value instanceof Set) return this.value([...value], depth + 1, seen);
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1, seen));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_KEY.test(key) && item !== null && item !== undefined && typeof item !== 'number' && typeof item !== 'boolean' ? CENSOR : this.value(item, depth + 1, seen);
    }
    return out;
  }
}
