/** Requests signed the way Slack signs them: v0 HMAC-SHA256 over `v0:{timestamp}:{body}`. */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f2b1c';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Replace the computed signature (a forgery), or null to send none. */
  signature?: string | null;
  contentType?: string;
}

export interface PostResult {
  status: number;
  body: string;
  /** Milliseconds from sending to the response (the ack) arriving. */
  elapsedMs: number;
  /** performance.now() when the ack arrived. */
  receivedAt: number;
}

export async function postSigned(url: string, body: string, options: PostOptions = {}): Promise<PostResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
  };
  const signed = options.signature === undefined ? signature(options.secret ?? SIGNING_SECRET, timestamp, body) : options.signature;
  if (signed !== null) headers['x-slack-signature'] = signed;
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  // The ack is its status line and headers (Bolt's ack has an empty body): that is when Slack stops waiting.
  const receivedAt = performance.now();
  const text = await response.text();
  return { status: response.status, body: text, elapsedMs: receivedAt - started, receivedAt };
}
