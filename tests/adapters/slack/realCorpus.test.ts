/** The whole chain: the repository's corpus, the real command registry and search, the real Bolt app. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusIndex } from '../../support/loadCorpusIndex.js';
import { commands as registry } from '../../../src/core/commands/registry.js';
import { buttonsOf, expectEscaped, expectWithinLimits, textsOf } from './blockChecks.js';
import { startHttpHarness, type Harness } from './fakes/harness.js';
import { postSigned } from './fakes/signing.js';
import { blockActionsForm, slashCommandForm } from './fixtures/payloads.js';

let harness: Harness;
let hostile: Harness;
let hostileDir: string;

beforeAll(async () => {
  harness = await startHttpHarness({ commands: registry, corpus: await loadCorpusIndex('corpus') });
  hostileDir = await mkdtemp(join(tmpdir(), 'ibid-hostile-corpus-'));
  await writeFile(
    join(hostileDir, 'leaflet.md'),
    '---\ntitle: "Leaflet <!here> & <@U123>"\npublication: "Posters <#C1>"\ndate: "2020"\nurl: "https://example.org/leaflet?b=1&c=2"\n---\nThe leaflet said <!channel> please evacuate & go to <https://evil.example|the safe zone> before the air strikes begin.\n',
  );
  hostile = await startHttpHarness({ commands: registry, corpus: await loadCorpusIndex(hostileDir) });
});

afterAll(async () => {
  await harness?.close();
  await hostile?.close();
  await rm(hostileDir, { recursive: true, force: true });
});

async function ask(h: Harness, slash: string, text: string, hook: string): Promise<unknown[]> {
  expect((await postSigned(h.eventsUrl, slashCommandForm({ command: slash, text, response_url: h.capture.url(hook) }))).status).toBe(200);
  const answer = await h.capture.next(hook);
  expect(answer.body['response_type']).toBe('ephemeral');
  const blocks = answer.body['blocks'] as unknown[];
  expectWithinLimits(blocks);
  expectEscaped(blocks);
  return blocks;
}

describe('Slack over the real corpus', () => {
  it('finds a half-remembered passage, bolds the match and cites it, then shows its context', async () => {
    const blocks = await ask(harness, '/quote', 'we tried to escpe the day befor', 'quote');
    const texts = textsOf(blocks).join('\n');
    expect(texts).toMatch(/\*[^*]*escape the day before[^*]*\*/);
    expect(texts).toContain('Revolution Newspaper');
    const context = buttonsOf(blocks).find((b) => b.label === 'Show context')!;
    expect(context.state?.request.name).toBe('context');
    expect((await postSigned(harness.eventsUrl, blockActionsForm({ actionId: context.actionId, value: context.value, responseUrl: harness.capture.url('context') }))).status).toBe(200);
    const shown = textsOf((await harness.capture.next('context')).body['blocks'] as unknown[]).join('\n');
    expect(shown).toMatch(/\(cited\)\*\n.*We tried to escape the day before/);
  });

  it('lists the sources', async () => {
    const texts = textsOf(await ask(harness, '/sources', '', 'sources')).join('\n');
    expect(texts).toContain('5 documents indexed');
    expect(texts).toContain('`revolution-2017-07-24-liberation-of-mosul`');
  });

  it('answers who-said and quotes-by from the same registry', async () => {
    const whoSaid = textsOf(await ask(harness, '/who-said', 'like someone who has gone through an experience like hell', 'who')).join('\n');
    expect(whoSaid).not.toContain(':warning:');
    const quotesBy = textsOf(await ask(harness, '/quotes-by', 'Bashar', 'by')).join('\n');
    expect(quotesBy).not.toContain(':warning:');
  });

  it('keeps a document’s own <!channel>, <@U123> and links inert', async () => {
    const blocks = await ask(hostile, '/quote', 'please evacuate before the air strikes', 'hostile');
    const texts = textsOf(blocks).join('\n');
    expect(texts).toContain('&lt;!channel&gt;');
    expect(texts).toContain('&lt;https://evil.example|the safe zone&gt;');
    expect(texts).toContain('<https://example.org/leaflet?b=1&amp;c=2|Posters &lt;#C1&gt; · Leaflet &lt;!here&gt; &amp; &lt;@U123&gt; · 2020 · ¶1>');
  });
});
