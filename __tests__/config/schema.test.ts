import { describe, expect, it } from 'vitest';
import { CloudConfigSchema, LoadConfigSchema } from '../../src/core/config/schema.js';

describe('cloud names', () => {
  it.each([
    ['Standard_D4s_v5', true],
    ['Standard_E4-2s_v5', true],
    ['Standard_F16s_v2', true],
    ['Standard_NC24ads_A100_v4', true],
    ['Standard_B2ms', true],
    ['D4s_v5', false],
    ['Standard_', false],
    ['standard_d4s_v5', false],
    ['Standard D4s v5', false],
  ])('treats VM size %s as valid: %s', (size, valid) => {
    expect(CloudConfigSchema.safeParse({ vmSizes: [size] }).success).toBe(valid);
  });

  it.each([
    ['westeurope', true],
    ['eastus2', true],
    ['West Europe', false],
    ['west-europe', false],
  ])('treats region %s as valid: %s', (region, valid) => {
    expect(CloudConfigSchema.safeParse({ regions: [region] }).success).toBe(valid);
  });
});

describe('load levels', () => {
  it.each([
    ['closed', [1, 100_000], true],
    ['closed', [100_001], false],
    ['closed', [2.5], false],
    ['closed', [0], false],
    ['closed', [], false],
    ['open', [0.5, 1_000_000], true],
    ['open', [1_000_001], false],
    ['open', [0], false],
  ] as const)('%s model with levels %j is valid: %s', (model, levels, valid) => {
    expect(LoadConfigSchema.safeParse({ model, levels }).success).toBe(valid);
  });

  it('defaults to the closed model when model is left out', () => {
    expect(LoadConfigSchema.parse({ levels: [4] })).toMatchObject({ model: 'closed', levels: [4] });
  });
});
