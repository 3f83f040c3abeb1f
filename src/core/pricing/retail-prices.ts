/**
 * The Azure Retail Prices API (`GET https://prices.azure.com/api/retail/prices`, public, no
 * sign-in), as pure functions: the query for one VM size in one region and currency, the shape
 * of an answer page, and the choice of the pay-as-you-go Linux hourly price among the meters it
 * returns. The HTTP side (paging, retries, the fallback table) is `edges/azure/retail-prices-client.ts`.
 *
 * A `$filter` on size, region and `priceType eq 'Consumption'` still returns several meters per
 * size: the Linux one, the Windows one (`productName` ends in "Windows"), Spot and Low Priority
 * (`skuName`/`meterName` contain "Spot" / "Low Priority"), sometimes copies for a non-primary
 * meter region, and superseded prices. `pickLinuxPayAsYouGoPrice` leaves all of those out and says
 * why when nothing is left, rather than averaging or taking the first item.
 */
import { z } from 'zod';
import { matchesRule, valueRules } from '../config/value-rules.js';
import { inputError } from '../errors.js';

/** Where the public API lives. */
export const RETAIL_PRICES_URL = 'https://prices.azure.com/api/retail/prices';

/** The `unitOfMeasure` of an hourly VM meter. */
export const HOURLY_UNIT = '1 Hour';

/** What to ask the API for. */
export interface RetailPriceQuery {
  /** ARM size name, exact spelling, e.g. `Standard_D4s_v5`. */
  vmSize: string;
  /** ARM region name, e.g. `westeurope`. */
  region: string;
  /** ISO 4217 code, e.g. `USD` (the API's own currency) or `EUR` (for reference only). */
  currency: string;
}

/** One meter of an answer page. Unknown fields are kept; the API adds some over time. */
export const RetailPriceItemSchema = z.looseObject({
  currencyCode: z.string().describe('Currency of retailPrice and unitPrice'),
  tierMinimumUnits: z.number().optional().describe('Units from which this tier applies'),
  retailPrice: z.number().describe('Retail price per unitOfMeasure'),
  unitPrice: z.number().optional().describe('Same as retailPrice for retail prices'),
  armRegionName: z.string().describe('Region, e.g. westeurope'),
  location: z.string().optional().describe('Display name of the region, e.g. EU West'),
  effectiveStartDate: z.string().optional().describe('When this price took effect, ISO 8601'),
  effectiveEndDate: z.string().optional().describe('When this price stopped, if it did'),
  meterId: z.string().optional().describe('Meter GUID'),
  meterName: z.string().describe('e.g. "D4s v5", "D4s v5 Spot", "D4s v5 Low Priority"'),
  productName: z.string().describe('e.g. "Virtual Machines Dsv5 Series" (Linux) or "… Windows"'),
  skuName: z.string().describe('e.g. "D4s v5", "D4s v5 Spot"'),
  serviceName: z.string().describe('"Virtual Machines" for VMs'),
  serviceFamily: z.string().optional().describe('"Compute" for VMs'),
  unitOfMeasure: z.string().describe('"1 Hour" for VM meters'),
  type: z.string().describe('Consumption, DevTestConsumption or Reservation'),
  isPrimaryMeterRegion: z.boolean().optional().describe('False for copies in other regions'),
  armSkuName: z.string().describe('ARM size name, e.g. Standard_D4s_v5'),
});
/** One meter of an answer page. */
export type RetailPriceItem = z.infer<typeof RetailPriceItemSchema>;

/** One answer page. */
export const RetailPricesPageSchema = z.looseObject({
  BillingCurrency: z.string().optional().describe('Currency the answer is in'),
  CustomerEntityId: z.string().optional(),
  CustomerEntityType: z.string().optional(),
  Items: z.array(RetailPriceItemSchema).describe('Meters of this page'),
  NextPageLink: z.string().nullable().optional().describe('URL of the next page; null on the last'),
  Count: z.number().optional().describe('Items on this page'),
});
/** One answer page. */
export type RetailPricesPage = z.infer<typeof RetailPricesPageSchema>;

/** Why a meter is not the pay-as-you-go Linux price. */
export type MeterKind = 'linux-pay-as-you-go' | 'spot' | 'low-priority' | 'windows' | 'other';

/** ISO 4217: three capital letters. */
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/**
 * A problem with a query, or undefined when it can be sent. Sizes and regions follow the value
 * rules every other input follows; anything else would never match and might break the filter.
 */
export function checkRetailPriceQuery(query: RetailPriceQuery): string | undefined {
  if (!matchesRule('vmSize', query.vmSize))
    return `"${query.vmSize}" is not ${valueRules.vmSize.expected}`;
  if (!matchesRule('region', query.region))
    return `"${query.region}" is not ${valueRules.region.expected}`;
  if (!CURRENCY_PATTERN.test(query.currency))
    return `"${query.currency}" is not an ISO 4217 currency code (e.g. USD, EUR)`;
  return undefined;
}

/** An OData string literal: single quotes, an inner quote doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The `$filter` for one size in one region: VMs, pay-as-you-go (`Consumption`; reservations and
 * Dev/Test prices are other price types). Spot, Low Priority and Windows share these fields, so
 * they are left out afterwards by `pickLinuxPayAsYouGoPrice`.
 */
export function buildRetailPricesFilter(
  query: Pick<RetailPriceQuery, 'vmSize' | 'region'>,
): string {
  return [
    `serviceName eq ${odataString('Virtual Machines')}`,
    `armRegionName eq ${odataString(query.region)}`,
    `armSkuName eq ${odataString(query.vmSize)}`,
    `priceType eq ${odataString('Consumption')}`,
  ].join(' and ');
}

/**
 * The first page's URL: the currency is a query parameter of its own (`currencyCode='EUR'`), not
 * part of the filter. Spaces are sent as `%20`: a `+` is not a space to every OData server.
 * Throws `PRICE_QUERY_INVALID` for a query `checkRetailPriceQuery` refuses.
 */
export function buildRetailPricesUrl(query: RetailPriceQuery, baseUrl = RETAIL_PRICES_URL): string {
  const problem = checkRetailPriceQuery(query);
  if (problem) {
    throw inputError('PRICE_QUERY_INVALID', `Cannot ask the Retail Prices API: ${problem}.`);
  }
  const currency = encodeURIComponent(odataString(query.currency));
  const filter = encodeURIComponent(buildRetailPricesFilter(query));
  const sep = baseUrl.includes('?') ? '&' : '?';
  return `${baseUrl}${sep}currencyCode=${currency}&$filter=${filter}`;
}

/** What kind of meter an item is, by the names the API gives Spot, Low Priority and Windows. */
export function classifyMeter(item: RetailPriceItem): MeterKind {
  const names = `${item.meterName} ${item.skuName}`;
  if (/\bSpot\b/i.test(names)) return 'spot';
  if (/\bLow Priority\b/i.test(names)) return 'low-priority';
  if (/\bWindows\b/i.test(item.productName)) return 'windows';
  if (item.type !== 'Consumption' || item.serviceName !== 'Virtual Machines') return 'other';
  return 'linux-pay-as-you-go';
}

/** The pay-as-you-go Linux price of one size in one region. */
export interface PickedRetailPrice {
  /** Price of one hour, in `currency`. */
  hourlyPrice: number;
  /** ISO 4217 code of the price. */
  currency: string;
  /** `meterName` of the chosen meter, e.g. "D4s v5". */
  meterName: string;
  /** `productName` of the chosen meter, e.g. "Virtual Machines Dsv5 Series". */
  productName: string;
  /** `skuName` of the chosen meter. */
  skuName: string;
  /** When the price took effect, ISO 8601, when the API said. */
  effectiveStartDate?: string;
}

/** Why no price was picked. */
export interface NoRetailPrice {
  /** In words, naming what the answer held instead. */
  problem: string;
}

/** True when `pickLinuxPayAsYouGoPrice` found no price. */
export function isNoRetailPrice(x: PickedRetailPrice | NoRetailPrice): x is NoRetailPrice {
  return 'problem' in x;
}

function timeOf(iso: string | undefined): number {
  if (iso === undefined) return Number.NEGATIVE_INFINITY;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
}

/**
 * Picks the pay-as-you-go Linux hourly price of `query.vmSize` in `query.region` from the items
 * of every page. Leaves out Spot, Low Priority, Windows, other price types, other units, tiers
 * above zero, prices not yet or no longer in effect at `now`; prefers the primary meter region,
 * then the most recent effective date. Two different prices left after that are ambiguous: no
 * price rather than a guess.
 */
export function pickLinuxPayAsYouGoPrice(
  items: readonly RetailPriceItem[],
  query: RetailPriceQuery,
  now: Date,
): PickedRetailPrice | NoRetailPrice {
  const nowMs = now.getTime();
  const ofSize = items.filter(
    (i) => i.armSkuName === query.vmSize && i.armRegionName === query.region,
  );
  const where = `${query.vmSize} in ${query.region}`;
  if (ofSize.length === 0) {
    return { problem: `the Retail Prices API has no meter for ${where}` };
  }
  const kinds = new Map<MeterKind, number>();
  const linux = ofSize.filter((i) => {
    const kind = classifyMeter(i);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    return kind === 'linux-pay-as-you-go';
  });
  const usable = linux.filter(
    (i) =>
      i.unitOfMeasure === HOURLY_UNIT &&
      (i.tierMinimumUnits ?? 0) === 0 &&
      i.retailPrice > 0 &&
      Number.isFinite(i.retailPrice) &&
      i.currencyCode === query.currency &&
      timeOf(i.effectiveStartDate) <= nowMs &&
      (i.effectiveEndDate === undefined || timeOf(i.effectiveEndDate) > nowMs),
  );
  if (usable.length === 0) {
    const seen = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
    const why =
      linux.length > 0
        ? `its ${linux.length} Linux pay-as-you-go meter${linux.length === 1 ? ' is' : 's are'} not an hourly ${query.currency} price in effect now`
        : 'none is a Linux pay-as-you-go meter';
    return {
      problem: `the Retail Prices API returned ${ofSize.length} meters for ${where} (${seen}), but ${why}`,
    };
  }
  const primary = usable.filter((i) => i.isPrimaryMeterRegion !== false);
  const pool = primary.length > 0 ? primary : usable;
  const latest = Math.max(...pool.map((i) => timeOf(i.effectiveStartDate)));
  const current = pool.filter((i) => timeOf(i.effectiveStartDate) === latest);
  const prices = [...new Set(current.map((i) => i.retailPrice))];
  if (prices.length > 1) {
    return {
      problem: `the Retail Prices API returned ${prices.length} different Linux pay-as-you-go prices for ${where} (${prices.join(', ')} ${query.currency}/hour, ${current.map((i) => `"${i.productName}"`).join(', ')}); none was chosen`,
    };
  }
  const chosen = current[0]!;
  return {
    hourlyPrice: chosen.retailPrice,
    currency: chosen.currencyCode,
    meterName: chosen.meterName,
    productName: chosen.productName,
    skuName: chosen.skuName,
    ...(chosen.effectiveStartDate !== undefined && {
      effectiveStartDate: chosen.effectiveStartDate,
    }),
  };
}
