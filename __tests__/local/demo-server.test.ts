import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommandTarget } from '../../src/edges/local/command-target.js';
import { findFreePort } from '../../src/edges/local/image-target.js';
import type { RunningTarget } from '../../src/edges/local/running-target.js';
import { startServer } from '../support/servers.js';

const demoDir = fileURLToPath(new URL('../../products/demo/', import.meta.url));

const mt103 = [
  '{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{3:{108:MUR0001}}{4:',
  ':20:REF<&>0001',
  ':23B:CRED',
  ':32A:230615EUR1234,56',
  ':50K:/DE89370400440532013000',
  'JOHN DOE',
  ':59:/GB29NWBK60161331926819',
  'JANE ROE',
  ':71A:OUR',
  '-}',
].join('\n');

let target: RunningTarget;
beforeAll(async () => {
  const port = await findFreePort();
  target = await startCommandTarget({
    kind: 'command',
    argv: [process.execPath, 'server.js'],
    cwd: demoDir,
    env: { PORT: String(port) },
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    health: { path: '/health', timeoutMs: 10_000, intervalMs: 20 },
  });
});
afterAll(async () => {
  await target?.stop();
});

/** Fields of the demo's answers (v2 envelope, v3 additions, error bodies). */
interface DemoAnswer {
  success?: boolean;
  result?: string | null;
  errors?: string[];
  warnings?: string[];
  message_type?: string | null;
  processing_time_ms?: number;
  error?: string;
}

/** POST JSON (or raw text) and return the status and parsed body. */
async function post(path: string, body: unknown): Promise<{ status: number; json: DemoAnswer }> {
  const res = await fetch(`${target.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as DemoAnswer };
}

describe('demo target', () => {
  it('labels itself as a demo target on /health', async () => {
    const res = await fetch(`${target.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', service: 'bench-action demo target' });
  });

  it('turns an MT103 into escaped pacs.008 XML', async () => {
    const { status, json } = await post('/transform/mt-to-mx', {
      message: mt103,
      options: { validation: false },
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({ success: true, errors: [], warnings: [] });
    expect(json.result).toContain('<MsgId>REF&lt;&amp;&gt;0001</MsgId>');
    expect(json.result).toContain('<IntrBkSttlmAmt Ccy="EUR">1234.56</IntrBkSttlmAmt>');
    expect(json.result).toContain('<IntrBkSttlmDt>2023-06-15</IntrBkSttlmDt>');
    expect(json.result).toContain('<Dbtr><Nm>JOHN DOE</Nm></Dbtr>');
    expect(json.result).toContain('<BICFI>BANKDEFFXXX</BICFI>');
    expect(json.result).toContain('<ChrgBr>DEBT</ChrgBr>');
  });

  it.each([
    { name: 'junk text', message: 'hello world' },
    {
      name: 'an MT without block 4',
      message: '{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}',
    },
    {
      name: 'an MT without field 32A',
      message: '{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\n:20:X\n-}',
    },
  ])('answers 200 with success false and an error for $name', async ({ message }) => {
    const { status, json } = await post('/transform/mt-to-mx', { message });
    expect(status).toBe(200);
    expect(json.success).toBe(false);
    expect(json.errors).toHaveLength(1);
  });

  it('turns pacs.008 XML back into an MT103', async () => {
    const xml = (await post('/transform/mt-to-mx', { message: mt103 })).json.result;
    const { status, json } = await post('/transform/mx-to-mt', { message: xml });
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    expect(json.result).toMatch(/^\{1:F01BANKBEBBAXXX0000000000\}\{2:I103BANKDEFFAXXXN\}\{4:\n/);
    expect(json.result).toContain(':20:REF<&>0001\n');
    expect(json.result).toContain(':32A:230615EUR1234,56\n');
    expect(json.result).toContain(':59:/GB29NWBK60161331926819\nJANE ROE\n');
  });

  it('maps an MT202 to pacs.009 and back to an MT202', async () => {
    const mt202 = [
      '{1:F01CHASUS33AXXX0000000000}{2:I202DEUTDEFFXXXXN}{4:',
      ':20:FI0001',
      ':21:MM0044',
      ':32A:261120USD5000000,00',
      ':58A:/DE89370400440532013000',
      'COBADEFFXXX',
      '-}',
    ].join('\n');
    const mx = await post('/api/transform', { message: mt202 });
    expect(mx.json).toMatchObject({ success: true, message_type: 'MT202' });
    expect(mx.json.result).toContain('pacs.009.001.08');
    expect(mx.json.result).toContain('<Cdtr><FinInstnId><BICFI>COBADEFFXXX</BICFI>');
    const mt = await post('/api/transform', { message: mx.json.result });
    expect(mt.json).toMatchObject({ success: true, message_type: 'pacs.009' });
    expect(mt.json.result).toContain('{2:I202DEUTDEFFAXXXN}');
    expect(mt.json.result).toContain(':21:MM0044\n');
    expect(mt.json.result).toContain(':58A:/DE89370400440532013000\nCOBADEFFXXX\n-}');
  });

  it('answers success false for an MT type the demo does not map', async () => {
    const mt940 = '{1:F01BANKBEBBAXXX0000000000}{2:I940BANKDEFFXXXXN}{4:\n:20:STMT\n-}';
    const { json } = await post('/transform/mt-to-mx', { message: mt940 });
    expect(json).toMatchObject({
      success: false,
      errors: ['MT940 is not mapped by the demo target'],
    });
  });

  it('answers success false for XML that is not pacs.008 or pacs.009', async () => {
    const { json } = await post('/transform/mx-to-mt', {
      message: '<Document><Other/></Document>',
    });
    expect(json.success).toBe(false);
  });

  it('detects the direction on the v3 route and adds message_type and processing_time_ms', async () => {
    const fromMt = await post('/api/transform', { message: mt103, validation: false });
    expect(fromMt.json).toMatchObject({ success: true, message_type: 'MT103' });
    expect(fromMt.json.result).toContain('<Document');
    expect(typeof fromMt.json.processing_time_ms).toBe('number');
    const fromMx = await post('/api/transform', { message: fromMt.json.result, validation: false });
    expect(fromMx.json).toMatchObject({ success: true, message_type: 'pacs.008' });
    expect(fromMx.json.result).toContain(':20:REF<&>0001');
    const neither = await post('/api/transform', { message: 'plain text' });
    expect(neither.json.success).toBe(false);
  });

  it('answers 404 JSON for an unknown path', async () => {
    const res = await fetch(`${target.baseUrl}/transform/unknown`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });

  it.each([
    { name: 'a malformed JSON body', body: '{"message": ' },
    { name: 'a body without a message', body: '{"options": {}}' },
  ])('answers 400 JSON for $name', async ({ body }) => {
    const { status, json } = await post('/transform/mt-to-mx', body);
    expect(status).toBe(400);
    expect(json.error).toBe('bad_request');
  });
});

describe('demo target process', () => {
  it('prints one line to stderr and exits 1 when its port is in use', async () => {
    const blocker = await startServer((_req, res) => res.end());
    try {
      const child = spawn(process.execPath, ['server.js'], {
        cwd: demoDir,
        env: { ...process.env, PORT: String(blocker.port) },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const code = await new Promise((resolve) => child.once('close', resolve));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`port ${blocker.port}`);
    } finally {
      await blocker.close();
    }
  });

  it('exits 0 on SIGTERM, also with keep-alive connections open', async () => {
    const port = await findFreePort();
    const demo = await startCommandTarget({
      kind: 'command',
      argv: [process.execPath, 'server.js'],
      cwd: demoDir,
      env: { PORT: String(port) },
      port,
      baseUrl: `http://127.0.0.1:${port}`,
      health: { path: '/health', timeoutMs: 10_000, intervalMs: 20 },
    });
    await (await fetch(`${demo.baseUrl}/health`, { keepalive: true })).text();
    await demo.stop();
    expect(await demo.exited).toEqual({ code: 0, signal: null });
  });
});
