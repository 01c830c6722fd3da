/** What the load script (the ibid under test) and its driver process say over IPC. */
import type { LatencyStats } from './stats.js';

export type DriverMessage = { type: 'fakes'; slackApiUrl: string } | { type: 'result'; result: RoundResult } | { type: 'error'; message: string };

export interface RunRequest {
  type: 'run';
  platform: 'slack' | 'discord';
  requests: number;
  concurrency: number;
  baseUrl: string;
  signingSecret: string;
  /** PKCS#8 PEM of the Discord application's private key (the script made the key pair). */
  discordPrivateKey: string;
  round: string;
}

export interface RoundResult {
  platform: 'slack' | 'discord';
  round: string;
  requests: number;
  concurrency: number;
  /** HTTP status → count. */
  statuses: Record<string, number>;
  /** Time to the HTTP response: Slack's ack, Discord's interaction response (the answer itself). */
  ack: LatencyStats;
  /** Slack only: time until the answer reached response_url. */
  answered?: LatencyStats;
  /** Requests not acknowledged within Slack's and Discord's 3 s. */
  late: number;
  failed: number;
  wallMs: number;
}
