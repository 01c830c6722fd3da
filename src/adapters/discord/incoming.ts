/**
 * What ibid needs from an interaction, whichever way it arrived (gateway through discord.js, or
 * the HTTP endpoint as raw JSON). Both transports build these and share one flow.
 */
import type { APIActionRowComponent, APIApplicationCommandOptionChoice, APIButtonComponent, APIEmbed } from 'discord.js';
import type { OutgoingMessage } from './message.js';

export interface Actor {
  id: string;
  /** Server nickname, else global display name, else username. */
  displayName: string;
}

/** The message a clicked button sits on, as Discord sends it back with the click. */
export interface ClickedMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  ephemeral: boolean;
}

export type Incoming =
  | { kind: 'command'; name: string; args: Record<string, unknown>; actor: Actor }
  | { kind: 'button'; customId: string; message: ClickedMessage; actor: Actor }
  | { kind: 'autocomplete'; name: string; option: string; typed: string; actor: Actor };

export type Choice = APIApplicationCommandOptionChoice<string>;

/** The ways to answer an interaction; the transport decides how each reaches Discord. */
export interface Responder {
  /** First response: a new message. */
  reply(message: OutgoingMessage): Promise<void>;
  /** First response: replace the message the button is on. */
  update(message: OutgoingMessage): Promise<void>;
  /** First response when the answer is not ready yet: "thinking…" (reply) or a silent ack (update). */
  defer(mode: 'reply' | 'update', ephemeral: boolean): Promise<void>;
  /** After a defer: the answer itself. */
  editOriginal(message: OutgoingMessage): Promise<void>;
  followUp(message: OutgoingMessage): Promise<void>;
  deleteOriginal(): Promise<void>;
  autocomplete(choices: Choice[]): Promise<void>;
}
