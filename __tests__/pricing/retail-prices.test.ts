import { describe, expect, it } from 'vitest';
import {
  buildRetailPricesFilter,
  buildRetailPricesUrl,
  checkRetailPriceQuery,
  classifyMeter,
  isNoRetailPrice,
  pickLinuxPayAsYouGoPrice,
  type RetailPriceItem,
} from '../../src/core/pricing/retail-prices.js';
import { PricesConfigSchema, priceFromTable } from '../../src/core/pricing/prices-config.js';
import { meter } from '../support/retail-prices-fake.js';

const query = { vmSize: 'Standard_D4s_v5', region: 'westeurope', currency: 'USD' };
const now = new Date('2026-11-29T04:00:00Z');

describe('the Retail Prices query', () => {
  it('filters on service, region, size and the pay-as-you-go price type', () => {
    expect(buildRetailPricesFilter(query)).toBe(
      "serviceName eq 'Virtual Machines' and armRegionName eq 'westeurope' and armSkuName eq 'Standard_D4s_v5' and priceType eq 'Consumption'",
    );
  });

  it('sends the currency as its own query parameter and spaces as %20', () => {
    const url = new URL(buildRetailPricesUrl({ ...query, currency: 'EUR' }));
    expect(url.origin + url.pathname).toBe('https://prices.azure.com/api/retail/prices');
    expect(url.searchParams.get('currencyCode')).toBe("'EUR'");
    expect(url.searchParams.get('$filter')).toBe(buildRetailPricesFilter(query));
    expect(url.search).not.toContain('+');
  });

  it.each([
    [{ ...query, vmSize: "Standard_D4s_v5' or 1 eq 1" }, /is not an Azure VM size in its exact/],
    [{ ...query, region: 'West Europe' }, /is not a programmatic Azure region name/],
    [{ ...query, currency: 'usd' }, /not an ISO 4217 currency code/],
  ])('refuses a query that would not match or would break the filter: %j', (q, message) => {
    expect(checkRetailPriceQuery(q)).toMatch(message);
    expect(() => buildRetailPricesUrl(q)).toThrow(message);
  });
});

describe('classifyMeter', () => {
  it.each<[Partial<RetailPriceItem>, string]>([
    [{}, 'linux-pay-as-you-go'],
    [{ meterName: 'D4s v5 Spot', skuName: 'D4s v5 Spot' }, 'spot'],
    [{ meterName: 'D4s v5 Low Priority', skuName: 'D4s v5 Low Priority' }, 'low-priority'],
    [{ productName: 'Virtual Machines Dsv5 Series Windows' }, 'windows'],
    [{ productName: 'Virtual Machines Dsv5 Series Windows', meterName: 'D4s v5 Spot' }, 'spot'],
    [{ type: 'DevTestConsumption' }, 'other'],
    [{ type: 'Reservation' }, 'other'],
  ])('calls %j a %s meter', (override, kind) => {
    expect(classifyMeter(meter('Standard_D4s_v5', 'westeurope', 0.192, override))).toBe(kind);
  });
});

describe('pickLinuxPayAsYouGoPrice', () => {
  const linux = meter('Standard_D4s_v5', 'westeurope', 0.192);
  const windows = meter('Standard_D4s_v5', 'westeurope', 0.376, {
    productName: 'Virtual Machines Dsv5 Series Windows',
  });
  const spot = meter('Standard_D4s_v5', 'westeurope', 0.0384, {
    meterName: 'D4s v5 Spot',
    skuName: 'D4s v5 Spot',
  });
  const lowPriority = meter('Standard_D4s_v5', 'westeurope', 0.0384, {
    meterName: 'D4s v5 Low Priority',
    skuName: 'D4s v5 Low Priority',
  });

  it('takes the Linux meter and leaves out Windows, Spot and Low Priority', () => {
    const picked = pickLinuxPayAsYouGoPrice([spot, windows, lowPriority, linux], query, now);
    expect(picked).toEqual({
      hourlyPrice: 0.192,
      currency: 'USD',
      meterName: 'D4s v5',
      productName: 'Virtual Machines Dsv5 Series',
      skuName: 'D4s v5',
      effectiveStartDate: '2026-05-01T00:00:00Z',
    });
  });

  it('prefers the primary meter region over a copy with another price', () => {
    const copy = { ...linux, retailPrice: 0.2, unitPrice: 0.2, isPrimaryMeterRegion: false };
    expect(pickLinuxPayAsYouGoPrice([copy, linux], query, now)).toMatchObject({
      hourlyPrice: 0.192,
    });
  });

  it('takes the most recent price in effect, not a future or an ended one', () => {
    const older = { ...linux, retailPrice: 0.18, effectiveStartDate: '2025-01-01T00:00:00Z' };
    const future = { ...linux, retailPrice: 0.25, effectiveStartDate: '2027-01-01T00:00:00Z' };
    const ended = {
      ...linux,
      retailPrice: 0.17,
      effectiveStartDate: '2026-06-01T00:00:00Z',
      effectiveEndDate: '2026-07-01T00:00:00Z',
    };
    expect(pickLinuxPayAsYouGoPrice([older, future, ended, linux], query, now)).toMatchObject({
      hourlyPrice: 0.192,
    });
  });

  it('leaves out other units, tiers above zero and other currencies', () => {
    const items = [
      { ...linux, unitOfMeasure: '1/Month' },
      { ...linux, tierMinimumUnits: 100 },
      { ...linux, currencyCode: 'EUR' },
    ];
    const picked = pickLinuxPayAsYouGoPrice(items, query, now);
    expect(isNoRetailPrice(picked) && picked.problem).toMatch(
      /its 3 Linux pay-as-you-go meters are not an hourly USD price in effect now/,
    );
  });

  it('says what the answer held when it has no Linux pay-as-you-go meter', () => {
    const picked = pickLinuxPayAsYouGoPrice([spot, windows, lowPriority], query, now);
    expect(isNoRetailPrice(picked) && picked.problem).toBe(
      'the Retail Prices API returned 3 meters for Standard_D4s_v5 in westeurope (1 spot, 1 windows, 1 low-priority), but none is a Linux pay-as-you-go meter',
    );
  });

  it('says so when the size has no meter in the region', () => {
    const picked = pickLinuxPayAsYouGoPrice(
      [meter('Standard_D4s_v5', 'northeurope', 0.18)],
      query,
      now,
    );
    expect(isNoRetailPrice(picked) && picked.problem).toBe(
      'the Retail Prices API has no meter for Standard_D4s_v5 in westeurope',
    );
  });

  it('refuses to guess between two different current Linux prices', () => {
    const other = {
      ...linux,
      retailPrice: 0.21,
      productName: 'Virtual Machines Dsv5 Series Linux',
    };
    const picked = pickLinuxPayAsYouGoPrice([linux, other], query, now);
    expect(isNoRetailPrice(picked) && picked.problem).toMatch(
      /2 different Linux pay-as-you-go prices/,
    );
  });
});

describe('the configured price table', () => {
  it('defaults to USD, the API first and an empty table', () => {
    expect(PricesConfigSchema.parse({})).toEqual({ currency: 'USD', source: 'api', table: {} });
  });

  it('refuses misspelt sizes, regions and currencies', () => {
    const result = PricesConfigSchema.safeParse({
      currency: 'usd',
      table: { D4s_v5: { westeurope: 0.192 }, Standard_D8s_v5: { 'West Europe': 0.384 } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['currency', 'table.D4s_v5', 'table.Standard_D8s_v5.West Europe']),
    );
  });

  it('gives a table price with its currency, the table date and when it was looked up', () => {
    const config = PricesConfigSchema.parse({
      currency: 'EUR',
      asOf: '2026-06-01',
      table: { Standard_D4s_v5: { westeurope: 0.178 } },
    });
    expect(priceFromTable(config, 'Standard_D4s_v5', 'westeurope', now)).toEqual({
      vmSize: 'Standard_D4s_v5',
      region: 'westeurope',
      hourlyPrice: 0.178,
      currency: 'EUR',
      source: 'configured-table',
      fetchedAt: '2026-11-29T04:00:00.000Z',
      asOf: '2026-06-01',
    });
    expect(priceFromTable(config, 'Standard_D4s_v5', 'northeurope', now)).toBeUndefined();
  });
});
