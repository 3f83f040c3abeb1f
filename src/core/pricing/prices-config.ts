/**
 * The `cloud.prices` config fragment: which currency costs are in, whether the Retail Prices API
 * is asked, and the table used when it cannot be (offline, blocked egress, an unknown size):
 *
 * ```yaml
 * cloud:
 *   prices:
 *     currency: USD
 *     source: api          # api: ask the API, the table when that fails; table: never ask
 *     asOf: '2026-06-01'   # when the table's figures were copied (recorded with each cost)
 *     table:
 *       Standard_D4s_v5: { westeurope: 0.192 }
 * ```
 *
 * Defined here, not in `core/config/schema.ts`, so the comparison can be built and tested before
 * the config file learns about it; `PricesConfigSchema` is meant to be attached there as is. It
 * imports only the value rules from the config module, so attaching it makes no import cycle.
 */
import { z } from 'zod';
import { valueRules } from '../config/value-rules.js';
import type { VmPrice } from './vm-price.js';

/** Hourly prices by VM size, then region. */
export const PriceTableSchema = z
  .record(
    z.string().regex(valueRules.vmSize.pattern, { error: `not ${valueRules.vmSize.expected}` }),
    z.record(
      z.string().regex(valueRules.region.pattern, { error: `not ${valueRules.region.expected}` }),
      z.number().positive().describe('Price of one hour, in cloud.prices.currency'),
    ),
  )
  .describe('Hourly pay-as-you-go Linux prices by VM size, then region');
/** Hourly prices by VM size, then region. */
export type PriceTable = z.infer<typeof PriceTableSchema>;

/** The `cloud.prices` fragment. */
export const PricesConfigSchema = z
  .strictObject({
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'not an ISO 4217 currency code (e.g. USD, EUR)' })
      .default('USD')
      .describe('Currency of every price and cost (the table is in this currency too)'),
    source: z
      .enum(['api', 'table'])
      .default('api')
      .describe(
        'api: the Azure Retail Prices API, the table when it fails; table: the table only (offline)',
      ),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, { error: 'not a date (e.g. 2026-06-01)' })
      .optional()
      .describe("When the table's prices were copied, recorded with every cost taken from it"),
    table: PriceTableSchema.default({}),
  })
  .describe('VM prices for the cost per million requests of a size comparison');
/** The `cloud.prices` fragment, as validated. */
export type PricesConfig = z.infer<typeof PricesConfigSchema>;

/** Defaults of the fragment, for callers without a config. */
export const DEFAULT_PRICES_CONFIG: PricesConfig = { currency: 'USD', source: 'api', table: {} };

/**
 * The table's price of `vmSize` in `region`, as a `VmPrice` stamped with `lookedUpAt`, or
 * undefined when the table has none.
 */
export function priceFromTable(
  config: PricesConfig,
  vmSize: string,
  region: string,
  lookedUpAt: Date,
  note?: string,
): VmPrice | undefined {
  const hourlyPrice = config.table[vmSize]?.[region];
  if (hourlyPrice === undefined) return undefined;
  return {
    vmSize,
    region,
    hourlyPrice,
    currency: config.currency,
    source: 'configured-table',
    fetchedAt: lookedUpAt.toISOString(),
    ...(config.asOf !== undefined && { asOf: config.asOf }),
    ...(note !== undefined && { note }),
  };
}
