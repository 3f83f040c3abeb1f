import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerSamples } from '../../src/core/azure/parse-server-samples.js';
import { samplesUrlFromResultsUrl } from '../../src/edges/azure/blob-server-samples.js';
import {
  AZURE_STATE_VERSION,
  readAzureState,
  writeAzureState,
  type AzureRunState,
} from '../../src/pipeline/azure/azure-state.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bench-azure-state-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('server samples of the product VM', () => {
  it.each([
    {
      name: 'container counters become process samples, in time order',
      text: '{"tsMs":2000,"container":{"cpuUsec":900,"memoryBytes":10}}\n{"tsMs":1000,"container":{"cpuUsec":500,"memoryBytes":9}}\n',
      samples: [
        { epochMs: 1000, cpuUs: 500, rssBytes: 9 },
        { epochMs: 2000, cpuUs: 900, rssBytes: 10 },
      ],
      skipped: 0,
    },
    {
      name: 'lines from before the container existed and a torn last line are skipped',
      text: '{"tsMs":1000,"container":{"cpuUsec":null,"memoryBytes":null}}\n{"tsMs":2000,"container":{"cpuUsec":1,"memoryBytes":2}}\n{"tsMs":30',
      samples: [{ epochMs: 2000, cpuUs: 1, rssBytes: 2 }],
      skipped: 2,
    },
    { name: 'an empty file gives no samples', text: '', samples: [], skipped: 0 },
  ])('$name', ({ text, samples, skipped }) => {
    expect(parseServerSamples(text)).toEqual({ samples, skippedLines: skipped });
  });

  it('puts the samples blob inside the results folder and keeps the SAS query', () => {
    expect(
      samplesUrlFromResultsUrl(
        'https://acct.blob.core.windows.net/bench/grp/run/results?sv=1&sig=abc',
      ),
    ).toBe(
      'https://acct.blob.core.windows.net/bench/grp/run/results/server/samples.jsonl?sv=1&sig=abc',
    );
  });
});

describe('the Azure state file', () => {
  it('reads back what was written', async () => {
    const file = path.join(dir, 'a', 'azure-state.json');
    const state: AzureRunState = {
      stateVersion: AZURE_STATE_VERSION,
      subscriptionId: '11111111-2222-3333-4444-555555555555',
      resourceGroup: 'bench-shop-1-1-cli',
      recordedAt: '2026-11-29T04:00:00.000Z',
    };
    await writeAzureState(file, state);
    expect(await readAzureState(file)).toEqual(state);
  });

  it.each([
    ['a missing file', undefined, 'AZURE_STATE_MISSING'],
    ['a file that is not JSON', '{', 'AZURE_STATE_INVALID'],
    ['a file without a group', '{"stateVersion":1,"subscriptionId":"x"}', 'AZURE_STATE_INVALID'],
  ])('refuses %s with an input error', async (_name, text, code) => {
    const file = path.join(dir, `${code}-${Math.random()}.json`);
    if (text !== undefined) await writeFile(file, text);
    await expect(readAzureState(file)).rejects.toMatchObject({ code, kind: 'input' });
  });
});
