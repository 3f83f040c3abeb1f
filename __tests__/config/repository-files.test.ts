import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/core/config/config-problem.js';
import { validateConfigFile } from '../../src/edges/files/load-plan.js';
import { renderSchemas } from '../../scripts/write-schemas.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const yamlFiles = async (dir: string) =>
  (await readdir(join(ROOT, dir))).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

const configs = await yamlFiles('configs');
const products = (await readdir(join(ROOT, 'products'), { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('committed configs and products', () => {
  it('has the demo, PR and nightly configs and the demo and Reframe products', () => {
    expect(configs).toEqual(
      expect.arrayContaining(['demo.yml', 'reframe-pr.yml', 'reframe-nightly.yml']),
    );
    expect(products).toEqual(expect.arrayContaining(['demo', 'reframe']));
  });

  it.each(configs)(
    'configs/%s validates with its product, scenarios and payloads',
    async (file) => {
      const { plan, problems } = await validateConfigFile(join(ROOT, 'configs', file));
      expect(formatProblems(problems)).toBe('0 problems in 0 files');
      expect((plan?.scenarios.length ?? 0) + (plan?.commands?.length ?? 0)).toBeGreaterThan(0);
      for (const scenario of plan?.scenarios ?? []) {
        if (scenario.method === 'POST') expect(scenario.payloads.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(products)('every scenario of products/%s resolves', async (product) => {
    const scenarios = (await yamlFiles(join('products', product, 'scenarios'))).map((f) =>
      basename(f, extname(f)),
    );
    expect(scenarios.length).toBeGreaterThan(0);
    const dir = await mkdtemp(join(tmpdir(), 'bench-product-'));
    try {
      const config = join(dir, 'all.yml');
      await writeFile(
        config,
        `version: 1\nname: all\ntarget: { product: ${product} }\nscenarios: [${scenarios.join(', ')}]\n`,
      );
      const { plan, problems } = await validateConfigFile(config, {
        productsDirs: [join(ROOT, 'products')],
      });
      expect(formatProblems(problems)).toBe('0 problems in 0 files');
      // HTTP scenarios and command benchmarks (library products), in file order.
      const resolved = [...(plan?.scenarios ?? []), ...(plan?.commands ?? [])].map((s) => s.name);
      expect(resolved).toEqual(scenarios);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('makes every Reframe transform scenario check $.success, since failures come back as 200', async () => {
    for (const file of await yamlFiles('products/reframe/scenarios')) {
      const scenario = parse(
        await readFile(join(ROOT, 'products/reframe/scenarios', file), 'utf8'),
      ) as {
        method?: string;
        checks?: { json?: string[] };
      };
      if (scenario.method === 'POST')
        expect(scenario.checks?.json, file).toContain('$.success == true');
    }
  });
});

describe('published JSON Schemas', () => {
  const rendered = renderSchemas();

  it.each(Object.keys(rendered))('schemas/%s is what `npm run schemas` writes', async (name) => {
    const committed = await readFile(join(ROOT, 'schemas', name), 'utf8').catch(() => '');
    expect(committed, `run npm run schemas to update schemas/${name}`).toBe(rendered[name]);
  });

  it('accepts every committed config, product and scenario file', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    const check = (schemaName: string, path: string, data: unknown) => {
      let validate = validators.get(schemaName);
      if (!validate) {
        validate = ajv.compile(JSON.parse(rendered[schemaName] ?? '{}') as object);
        validators.set(schemaName, validate);
      }
      expect(validate(data), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    for (const file of configs) {
      check('config.schema.json', file, parse(await readFile(join(ROOT, 'configs', file), 'utf8')));
    }
    for (const product of products) {
      const productFile = join(ROOT, 'products', product, 'product.yml');
      check('product.schema.json', productFile, parse(await readFile(productFile, 'utf8')));
      for (const file of await yamlFiles(join('products', product, 'scenarios'))) {
        const path = join(ROOT, 'products', product, 'scenarios', file);
        check('scenario.schema.json', path, parse(await readFile(path, 'utf8')));
      }
    }
  });

  it('refuses a config with two targets or an unknown key', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(rendered['config.schema.json'] ?? '{}') as object);
    const base = { version: 1, name: 'x', scenarios: ['a'] };
    expect(validate({ ...base, target: { product: 'a' } })).toBe(true);
    expect(validate({ ...base, target: { product: 'a', url: 'http://x' } })).toBe(false);
    expect(
      validate({ ...base, target: { product: 'a' }, load: { levels: [1], duraton: '1s' } }),
    ).toBe(false);
  });

  it('describes every key of the config so editors can complete it', () => {
    const schema = JSON.parse(rendered['config.schema.json'] ?? '{}') as unknown;
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [key, value] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) {
        if (!(value as { description?: string }).description) undocumented.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      for (const key of ['items', 'additionalProperties']) walk(n[key], `${path}[]`);
      for (const key of ['anyOf', 'oneOf', 'allOf']) {
        for (const option of (n[key] ?? []) as unknown[]) walk(option, path);
      }
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
  });
});
