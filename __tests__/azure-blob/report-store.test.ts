import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexEntryFromReport, reportPath } from '../../src/core/remote/report-index.js';
import { createBlobReportStore } from '../../src/edges/azure/blob-report-store.js';
import type { AzuriteHandle } from '../support/azurite.js';
import { startAzurite } from '../support/azurite.js';
import { makeEntry, makeReport } from './fixtures.js';

let azurite: AzuriteHandle;
let containerCount = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite?.stop();
});

/** A fresh container per test so tests never see each other's blobs. */
function newContainer(): string {
  containerCount += 1;
  return `reports-${containerCount}-${Date.now().toString(36)}`;
}

async function readBlobText(container: string, name: string): Promise<string> {
  const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
  const buffer = await service.getContainerClient(container).getBlobClient(name).downloadToBuffer();
  return buffer.toString('utf8');
}

/** Forwards every request to `target` after `before(req)` resolves. */
async function startProxy(
  target: string,
  before: (req: http.IncomingMessage) => Promise<void>,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    void before(req).then(() => {
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('Blob report store', () => {
  it('uploads a report folder with nested files and reads result.json back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-report-'));
    try {
      const report = makeReport('run-upload');
      await writeFile(join(dir, 'result.json'), JSON.stringify(report));
      await writeFile(join(dir, 'summary.md'), '# Summary\n');
      await mkdir(join(dir, 'hlog'));
      await writeFile(join(dir, 'hlog', 'mt103-32.hlog'), '#[Histogram log]\n');
      const container = newContainer();
      const store = createBlobReportStore({
        connectionString: azurite.connectionString,
        container,
      });
      const prefix = reportPath({
        product: 'reframe',
        branch: 'feature/faster parse',
        runId: '987',
        attempt: 2,
        createdAt: new Date('2026-11-20T23:59:59Z'),
      });

      const uploaded = await store.uploadReportDir(dir, prefix);

      expect(prefix).toBe('reframe/feature-faster-parse/2026/11/20/987-2');
      expect(uploaded.files).toEqual(['hlog/mt103-32.hlog', 'result.json', 'summary.md']);
      expect(uploaded.url).toBe(`${azurite.blobEndpoint}/${container}/${prefix}/`);
      expect(await readBlobText(container, `${prefix}/hlog/mt103-32.hlog`)).toBe(
        '#[Histogram log]\n',
      );
      expect(await store.downloadResult(prefix)).toEqual(report);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps both entries when two writers update the same index at the same time', async () => {
    const container = newContainer();
    const retries: string[] = [];
    const writer = () =>
      createBlobReportStore({
        connectionString: azurite.connectionString,
        container,
        delay: () => Promise.resolve(),
        retryDelayMs: () => 0,
        log: (m) => retries.push(m),
      });
    const first = writer();
    const second = writer();
    // Create the index first so both racers start from the same ETag.
    await first.updateIndex(makeEntry({ day: 1 }));

    const writes = [];
    for (let day = 2; day <= 9; day++) {
      writes.push((day % 2 === 0 ? first : second).updateIndex(makeEntry({ day })));
    }
    await Promise.all(writes);

    const index = await first.readIndex('reframe');
    expect(index.entries.map((e) => e.runId)).toEqual([
      'run1',
      'run2',
      'run3',
      'run4',
      'run5',
      'run6',
      'run7',
      'run8',
      'run9',
    ]);
    expect(retries.length).toBeGreaterThan(0);
    expect(retries[0]).toContain('changed by another writer');
  });

  it('gives up with REPORT_INDEX_CONFLICT when another writer wins every attempt', async () => {
    const container = newContainer();
    const rival = createBlobReportStore({ connectionString: azurite.connectionString, container });
    await rival.updateIndex(makeEntry({ day: 1 }));
    let rivalDay = 10;
    // A loopback proxy in front of Azurite that lets the rival write the index just before each
    // of the tested store's index writes reaches the emulator.
    const proxy = await startProxy(azurite.blobEndpoint, async (req) => {
      if (req.method === 'PUT' && req.url?.includes('/reframe/index.json')) {
        await rival.updateIndex(makeEntry({ day: rivalDay++ }));
      }
    });
    const retries: string[] = [];
    try {
      const store = createBlobReportStore({
        accountUrl: `${proxy.url}/${azurite.accountName}`,
        credential: new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey),
        container,
        maxIndexAttempts: 3,
        retryDelayMs: () => 0,
        delay: () => Promise.resolve(),
        log: (m) => retries.push(m),
      });

      await expect(store.updateIndex(makeEntry({ day: 2 }))).rejects.toMatchObject({
        code: 'REPORT_INDEX_CONFLICT',
      });
    } finally {
      await proxy.close();
    }

    expect(retries).toHaveLength(2);
    const index = await rival.readIndex('reframe');
    expect(index.entries.map((e) => e.runId)).toEqual(['run1', 'run10', 'run11', 'run12']);
  });

  it('moves the oldest entries to monthly archives when the index is full', async () => {
    const container = newContainer();
    const store = createBlobReportStore({
      connectionString: azurite.connectionString,
      container,
      maxIndexEntries: 3,
    });
    await store.updateIndex(
      makeEntry({ day: 2, createdAt: '2026-10-31T10:00:00.000Z', runId: 'oct' }),
    );
    for (const day of [3, 4, 5, 6]) await store.updateIndex(makeEntry({ day }));

    const index = await store.readIndex('reframe');
    expect(index.entries.map((e) => e.runId)).toEqual(['run4', 'run5', 'run6']);
    expect(index.archivedMonths).toEqual(['2026-10', '2026-11']);
    const october = JSON.parse(await readBlobText(container, 'reframe/index-2026-10.json')) as {
      entries: { runId: string }[];
    };
    expect(october.entries.map((e) => e.runId)).toEqual(['oct']);
    const november = JSON.parse(await readBlobText(container, 'reframe/index-2026-11.json')) as {
      entries: { runId: string }[];
    };
    expect(november.entries.map((e) => e.runId)).toEqual(['run3']);
  });

  it('finds the latest comparable report and ignores other branches, levels, sizes and failed runs', async () => {
    const container = newContainer();
    const store = createBlobReportStore({ connectionString: azurite.connectionString, container });
    const entries = [
      makeEntry({ day: 1 }),
      makeEntry({ day: 2 }), // the expected baseline
      makeEntry({ day: 3, branch: 'feature/x' }),
      makeEntry({ day: 4, vmSize: 'Standard_D8s_v5' }),
      makeEntry({
        day: 5,
        scenarios: [{ scenario: 'mt103', model: 'closed', level: 128, successRps: 1, p99Us: 1 }],
      }),
      makeEntry({
        day: 6,
        scenarios: [{ scenario: 'mt103', model: 'open', level: 32, successRps: 1, p99Us: 1 }],
      }),
      makeEntry({ day: 7, outcome: 'interrupted' }),
      makeEntry({ day: 8, schemaVersion: 999 }),
      makeEntry({ day: 9, product: 'orion', path: 'orion/main/x' }),
    ];
    for (const e of entries) await store.updateIndex(e);

    const query = {
      product: 'reframe',
      scenario: 'mt103',
      level: 32,
      model: 'closed' as const,
      branch: 'main',
    };
    expect((await store.findBaseline({ ...query, vmSize: 'Standard_D4s_v5' }))?.runId).toBe('run2');
    expect((await store.findBaseline({ ...query, vmSize: 'Standard_D8s_v5' }))?.runId).toBe('run4');
    expect((await store.findBaseline({ ...query, branch: 'feature/x' }))?.runId).toBe('run3');
    expect(await store.findBaseline({ ...query, branch: 'release' })).toBeUndefined();
    expect(await store.findBaseline({ ...query, scenario: 'mt202' })).toBeUndefined();
    expect(await store.findBaseline({ ...query, product: 'mxmessage' })).toBeUndefined();
  });

  it('builds an index entry from a report with its headline figures', () => {
    const entry = indexEntryFromReport(makeReport('r1'), {
      path: 'reframe/main/2026/11/20/1-1',
      product: 'reframe',
      branch: 'main',
      sha: 'abc',
      runId: '1',
      attempt: 1,
    });
    expect(entry.vmSize).toBe('Standard_D4s_v5');
    expect(entry.scenarios).toEqual([
      {
        scenario: 'mt103',
        model: 'closed',
        level: 32,
        successRps: 10,
        p99Us: 4321,
        p50Us: 0,
        p999Us: 4321,
        errorRate: 0,
      },
    ]);
  });

  it('says which report is corrupt or missing instead of returning it', async () => {
    const container = newContainer();
    const store = createBlobReportStore({ connectionString: azurite.connectionString, container });
    const dir = await mkdtemp(join(tmpdir(), 'bench-report-'));
    try {
      await writeFile(
        join(dir, 'result.json'),
        JSON.stringify({ ...makeReport('bad'), levels: 'none' }),
      );
      await store.uploadReportDir(dir, 'reframe/main/2026/11/20/bad-1');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    await expect(store.downloadResult('reframe/main/2026/11/20/bad-1')).rejects.toMatchObject({
      code: 'STORED_REPORT_INVALID',
      message: expect.stringContaining('levels') as unknown,
    });
    await expect(store.downloadResult('reframe/main/2026/11/20/gone-1')).rejects.toMatchObject({
      code: 'REPORT_NOT_FOUND',
    });
  });

  it('rejects an index written in an unknown format with a hint', async () => {
    const container = newContainer();
    const service = BlobServiceClient.fromConnectionString(azurite.connectionString);
    await service.getContainerClient(container).create();
    const body = JSON.stringify({ indexVersion: 7, entries: [] });
    await service
      .getContainerClient(container)
      .getBlockBlobClient('reframe/index.json')
      .upload(body, body.length);
    const store = createBlobReportStore({ connectionString: azurite.connectionString, container });

    await expect(store.readIndex('reframe')).rejects.toMatchObject({
      code: 'REPORT_INDEX_INVALID',
      message: expect.stringContaining('index version 7') as unknown,
    });
  });

  it('refuses to publish an empty or missing report folder', async () => {
    const store = createBlobReportStore({
      connectionString: azurite.connectionString,
      container: newContainer(),
    });
    const empty = await mkdtemp(join(tmpdir(), 'bench-report-'));
    try {
      await expect(store.uploadReportDir(empty, 'reframe/main/x')).rejects.toMatchObject({
        code: 'REPORT_DIR_EMPTY',
      });
      await expect(
        store.uploadReportDir(join(empty, 'nope'), 'reframe/main/x'),
      ).rejects.toMatchObject({
        code: 'REPORT_DIR_MISSING',
      });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
