/** Discord adapter: what src/main.ts and the register script use. */
export { startDiscordGateway, type DiscordGatewayHandle, type DiscordGatewayOptions } from './gateway.js';
export { createDiscordInteractionsHandler, DISCORD_INTERACTIONS_PATH, type DiscordInteractionsOptions } from './httpInteractions.js';
export { registerCommands, type RegisterResult } from './register.js';
export { slashCommands } from './commandsJson.js';
