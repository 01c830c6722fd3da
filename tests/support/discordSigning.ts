/** Real Ed25519 keys and signatures for Discord's HTTP interactions endpoint (tests and the load and ops scripts). */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface DiscordKeys {
  /** The application public key as the Developer Portal shows it: 64 hex characters. */
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function discordKeys(): DiscordKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { publicKeyHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

/** Discord signs the timestamp followed by the body; only the private key is needed to sign. */
export function signedHeaders(keys: Pick<DiscordKeys, 'privateKey'>, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), keys.privateKey).toString('hex');
  return { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}
