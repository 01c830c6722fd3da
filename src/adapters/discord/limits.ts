/**
 * Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits,
 * .../interactions/application-commands). Discord rejects a whole message that breaks one, so the
 * renderer and its tests both read them from here.
 */
export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author across all embeds of one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  customId: 100,
  buttonLabel: 80,
  actionRows: 5,
  buttonsPerRow: 5,
  commandName: 32,
  commandDescription: 100,
  optionName: 32,
  optionDescription: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
