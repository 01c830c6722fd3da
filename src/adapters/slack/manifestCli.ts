/**
 * Prints the Slack app manifest for this ibid's commands:
 *   npx tsx src/adapters/slack/manifestCli.ts [--prefix ibid-] [--socket] [--url https://ibid.example.org] > manifest.yaml
 */
import { parseArgs } from 'node:util';
import { commands } from '../../core/commands/registry.js';
import { DEFAULT_BASE_URL, manifestYaml } from './manifest.js';

const { values } = parseArgs({
  options: {
    prefix: { type: 'string', default: '' },
    socket: { type: 'boolean', default: false },
    url: { type: 'string', default: DEFAULT_BASE_URL },
  },
});
process.stdout.write(manifestYaml({ commands, prefix: values.prefix ?? '', mode: values.socket ? 'socket' : 'http', baseUrl: values.url ?? DEFAULT_BASE_URL }));
