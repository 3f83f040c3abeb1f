/**
 * Writes the published JSON Schemas from their zod definitions: the config file, the product and
 * product scenario files, the run report, the VM-size comparison and the generic shape of command
 * benchmark results. `npm run schemas` runs it; a test fails when the committed files differ
 * from what it would write.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  BenchConfigSchema,
  PayloadsConfigSchema,
  ProductFileSchema,
  ScenarioFileSchema,
  CommandScenarioFileSchema,
  TargetConfigSchema,
} from '../src/core/config/schema.js';
import { GenericResultFileSchema } from '../src/core/ingest/parse-generic-result.js';
import { AggregateReportSchema } from '../src/core/report/aggregate.js';
import { RunReportSchema } from '../src/core/report/model.js';

const BASE_URL = 'https://github.com/plasmatic/bench-action/blob/main/schemas';

/** Adds what zod cannot say: `exactly one of` rules for the target and payload sources. */
function exactlyOne(keys: string[]) {
  return keys.map((key) => ({ required: [key] }));
}

/** Schema files by name, as the text written to `schemas/`. */
export function renderSchemas(): Record<string, string> {
  const input = (schema: z.ZodType, name: string, title: string) => {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      override: (ctx) => {
        if (ctx.zodSchema === TargetConfigSchema)
          ctx.jsonSchema.oneOf = exactlyOne(['product', 'url', 'command']);
        if (ctx.zodSchema === PayloadsConfigSchema)
          ctx.jsonSchema.oneOf = exactlyOne(['dir', 'files']);
      },
    });
    return { $id: `${BASE_URL}/${name}`, title, ...json };
  };
  const report = z.toJSONSchema(RunReportSchema, { target: 'draft-2020-12' });
  const aggregate = z.toJSONSchema(AggregateReportSchema, { target: 'draft-2020-12' });
  const files: Record<string, unknown> = {
    'config.schema.json': input(BenchConfigSchema, 'config.schema.json', 'bench-action config'),
    'product.schema.json': input(ProductFileSchema, 'product.schema.json', 'bench-action product'),
    'scenario.schema.json': input(
      // A scenario file is an HTTP scenario or a command benchmark (kind: command).
      z.union([ScenarioFileSchema, CommandScenarioFileSchema]),
      'scenario.schema.json',
      'bench-action product scenario',
    ),
    'command-result.schema.json': input(
      GenericResultFileSchema,
      'command-result.schema.json',
      'bench-action command benchmark results (generic shape)',
    ),
    'result.schema.json': {
      $id: `${BASE_URL}/result.schema.json`,
      title: 'bench-action run report',
      ...report,
    },
    'aggregate.schema.json': {
      $id: `${BASE_URL}/aggregate.schema.json`,
      title: 'bench-action VM-size comparison',
      ...aggregate,
    },
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]),
  );
}

/** Writes every schema into `dir`. */
export async function writeSchemas(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of Object.entries(renderSchemas())) {
    await writeFile(join(dir, name), text);
    written.push(join(dir, name));
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of await writeSchemas(join(root, 'schemas'))) console.log(`wrote ${file}`);
}
