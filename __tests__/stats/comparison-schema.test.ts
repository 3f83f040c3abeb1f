import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ComparisonSchema, ThresholdResultSchema } from '../../src/core/report/comparison-model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import type { ComparisonFixture } from './comparison-fixture.js';
import { buildComparisonFixture } from './comparison-fixture.js';

let fixture: ComparisonFixture;

beforeAll(async () => {
  await initHistograms();
  fixture = buildComparisonFixture();
});

describe('the comparison model as JSON Schema', () => {
  it('a comparison and its threshold results validate after a JSON round trip', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const comparison = ajv.compile(z.toJSONSchema(ComparisonSchema));
    const threshold = ajv.compile(z.toJSONSchema(ThresholdResultSchema));
    const json: unknown = JSON.parse(JSON.stringify(fixture.comparison));
    expect(comparison(json), JSON.stringify(comparison.errors)).toBe(true);
    for (const r of JSON.parse(JSON.stringify(fixture.thresholds)) as unknown[]) {
      expect(threshold(r), JSON.stringify(threshold.errors)).toBe(true);
    }
  });

  it('a verdict outside the list is refused', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(z.toJSONSchema(ComparisonSchema));
    const broken = JSON.parse(JSON.stringify(fixture.comparison)) as {
      metrics: { verdict: string }[];
    };
    broken.metrics[0]!.verdict = 'probably-fine';
    expect(validate(broken)).toBe(false);
  });
});
