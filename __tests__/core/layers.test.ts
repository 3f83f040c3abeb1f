/**
 * Arrows point one way: the layer rules in eslint.layers.js refuse a planted wrong import in
 * each folder (so `npm run lint` fails on one), and the sources hold no import cycle.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../eslint.layers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
    ...layerRules,
  ],
});

async function problems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the layer rules', () => {
  it.each([
    ['src/core/stats/x.ts', "import { loadPlan } from '../../edges/files/load-plan.js';"],
    ['src/core/report/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/core/azure/x.ts', "import { ComputeManagementClient } from '@azure/arm-compute';"],
    [
      'src/edges/azure/x.ts',
      "import { runCloudBenchmark } from '../../pipeline/azure/cloud-run.js';",
    ],
    ['src/edges/github/x.ts', "import { runMain } from '../../action/main.js';"],
    ['src/pipeline/x.ts', "import { getActionSettings } from '../edges/github/input-helper.js';"],
    ['src/pipeline/azure/x.ts', "import * as core from '@actions/core';"],
    ['src/action/x.ts', "import { runCli } from '../cli/program.js';"],
    ['src/cli/x.ts', "import { runMain } from '../action/main.js';"],
  ])('refuse a wrong arrow in %s', async (file, source) => {
    const found = await problems(file, `${source}\nexport const x = 1;\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['src/core/stats/x.ts', "import { BenchError } from '../errors.js';"],
    ['src/edges/files/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['src/pipeline/x.ts', "import { loadPlan } from '../edges/files/load-plan.js';"],
    ['src/action/x.ts', "import { runLocalPlan } from '../pipeline/run-local.js';"],
    ['src/cli/x.ts', "import { runLocalPlan } from '../pipeline/run-local.js';"],
    ['src/entrypoints/x.ts', "import { runCli } from '../cli/program.js';"],
  ])('allow a downward arrow in %s', async (file, source) => {
    expect(await problems(file, `${source}\nexport const x = 1;\n`)).toEqual([]);
  });
});

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourcesUnder(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

describe('the import graph of src/', () => {
  it('has no cycle of static imports', () => {
    const graph = new Map<string, string[]>();
    for (const file of sourcesUnder(SRC)) {
      const text = readFileSync(file, 'utf8');
      const deps = [
        ...text.matchAll(/^(?:import|export)\s(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm),
      ].map((m) => path.resolve(path.dirname(file), m[1] ?? '').replace(/\.js$/, '.ts'));
      graph.set(file, deps);
    }
    const cycles: string[] = [];
    const done = new Set<string>();
    const stack: string[] = [];
    const visit = (file: string) => {
      if (stack.includes(file)) {
        cycles.push(
          stack
            .slice(stack.indexOf(file))
            .map((f) => path.relative(SRC, f))
            .join(' → '),
        );
        return;
      }
      if (done.has(file)) return;
      stack.push(file);
      for (const dep of graph.get(file) ?? []) visit(dep);
      stack.pop();
      done.add(file);
    };
    for (const file of graph.keys()) visit(file);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles).toEqual([]);
  });
});
