/**
 * An hourly VM price as the size comparison records it: the amount, its currency, where it came
 * from (the Retail Prices API or the configured table) and when, so a reader of an old report
 * knows which prices its costs were computed from.
 */
import { z } from 'zod';

/** Where a price came from. */
export const PriceSourceSchema = z
  .enum(['retail-prices-api', 'configured-table'])
  .describe('retail-prices-api: asked at aggregation time; configured-table: cloud.prices.table');
/** Where a price came from. */
export type PriceSource = z.infer<typeof PriceSourceSchema>;

/** The pay-as-you-go Linux price of one VM size in one region. */
export const VmPriceSchema = z.object({
  vmSize: z.string().describe('ARM size name, e.g. Standard_D4s_v5'),
  region: z.string().describe('ARM region name, e.g. westeurope'),
  hourlyPrice: z.number().positive().describe('Price of one hour of the VM, in `currency`'),
  currency: z.string().describe('ISO 4217 code, e.g. USD'),
  source: PriceSourceSchema,
  fetchedAt: z
    .string()
    .describe('When the price was read (API) or looked up in the table, ISO 8601 UTC'),
  asOf: z
    .string()
    .optional()
    .describe('Table prices: the date the table says they were copied (cloud.prices.asOf)'),
  meter: z
    .object({
      meterName: z.string().describe('e.g. "D4s v5"'),
      productName: z.string().describe('e.g. "Virtual Machines Dsv5 Series"'),
      skuName: z.string().describe('e.g. "D4s v5"'),
      effectiveStartDate: z.string().optional().describe('When the price took effect'),
    })
    .optional()
    .describe('API prices: the meter the price was read from'),
  note: z.string().optional().describe('Remarks, e.g. why the table was used instead of the API'),
});
/** The pay-as-you-go Linux price of one VM size in one region. */
export type VmPrice = z.infer<typeof VmPriceSchema>;

/** A size and region without a price, and why. */
export const MissingVmPriceSchema = z.object({
  vmSize: z.string().describe('ARM size name'),
  region: z.string().describe('ARM region name'),
  reason: z.string().describe('Why there is no price, in words'),
});
/** A size and region without a price, and why. */
export type MissingVmPrice = z.infer<typeof MissingVmPriceSchema>;

/** Prices found and not found for a set of sizes, as `lookupVmPrices` returns them. */
export interface VmPriceLookup {
  /** One per size and region that has a price. */
  prices: VmPrice[];
  /** One per size and region without a price. */
  missingPrices: MissingVmPrice[];
}

/** A VM size in a region, the key of a price. */
export interface VmPlacement {
  /** ARM size name. */
  vmSize: string;
  /** ARM region name. */
  region: string;
}
