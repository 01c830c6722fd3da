/**
 * Discord signs every request to the interactions endpoint: Ed25519 over timestamp + raw body,
 * with the application's public key (Developer Portal → General Information → Public Key).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const HEX_KEY = /^[0-9a-f]{64}$/i;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;

export function publicKeyFromHex(hex: string): KeyObject {
  if (!HEX_KEY.test(hex)) throw new Error('The Discord public key must be 64 hexadecimal characters');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

export function verifyDiscordSignature(key: KeyObject, signatureHex: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signatureHex || !timestamp || !HEX_SIGNATURE.test(signatureHex)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
}
