import { afterEach, describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import { PricesConfigSchema } from '../../src/core/pricing/prices-config.js';
import {
  fetchRetailPriceItems,
  fetchVmHourlyPrice,
  lookupVmPrices,
  type RetailPricesClientOptions,
} from '../../src/edges/azure/retail-prices-client.js';
import { startRetailPricesFake, type RetailPricesFake } from '../support/retail-prices-fake.js';

const NOW = new Date('2026-11-29T04:00:00.000Z');
const D4 = { vmSize: 'Standard_D4s_v5', region: 'westeurope', currency: 'USD' };

let fake: RetailPricesFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Client options against the fake, with recorded waits and log lines instead of real ones. */
function client(f: RetailPricesFake, extra: RetailPricesClientOptions = {}) {
  const sleeps: number[] = [];
  const log: string[] = [];
  const options: RetailPricesClientOptions = {
    baseUrl: f.pricesUrl,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    log: (line) => log.push(line),
    now: () => NOW,
    ...extra,
  };
  return { options, sleeps, log };
}

async function caught(promise: Promise<unknown>): Promise<BenchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BenchError) return error;
    throw error;
  }
  throw new Error('expected a BenchError');
}

describe('the Retail Prices client', () => {
  it('follows NextPageLink through every page and picks the Linux pay-as-you-go price', async () => {
    fake = await startRetailPricesFake({ pageSize: 3 });
    const { options } = client(fake);
    const price = await fetchVmHourlyPrice(D4, options);
    expect(price).toEqual({
      vmSize: 'Standard_D4s_v5',
      region: 'westeurope',
      hourlyPrice: 0.192,
      currency: 'USD',
      source: 'retail-prices-api',
      fetchedAt: '2026-11-29T04:00:00.000Z',
      meter: {
        meterName: 'D4s v5',
        productName: 'Virtual Machines Dsv5 Series',
        skuName: 'D4s v5',
        effectiveStartDate: '2026-05-01T00:00:00Z',
      },
    });
    // Seven meters (Linux, Windows, two Spot, Low Priority, Dev/Test, reservation) minus the two
    // the price type leaves out: five items, two pages of three.
    expect(fake.requests).toHaveLength(2);
    expect(new URL(fake.requests[1]!, fake.url).searchParams.get('$skip')).toBe('3');
  });

  it('sends the filter the fake understands and the currency as a query parameter', async () => {
    fake = await startRetailPricesFake();
    const { options } = client(fake);
    const price = await fetchVmHourlyPrice({ ...D4, currency: 'EUR' }, options);
    expect(price).toMatchObject({ hourlyPrice: 0.1728, currency: 'EUR' });
    const first = new URL(fake.requests[0]!, fake.url);
    expect(first.searchParams.get('currencyCode')).toBe("'EUR'");
    expect(first.searchParams.get('$filter')).toBe(
      "serviceName eq 'Virtual Machines' and armRegionName eq 'westeurope' and armSkuName eq 'Standard_D4s_v5' and priceType eq 'Consumption'",
    );
  });

  it('returns every meter of every page, the ones it does not price included', async () => {
    fake = await startRetailPricesFake({ pageSize: 2 });
    const { options } = client(fake);
    const items = await fetchRetailPriceItems(D4, options);
    expect(items.map((i) => `${i.productName} / ${i.meterName}`)).toEqual([
      'Virtual Machines Dsv5 Series / D4s v5 Spot',
      'Virtual Machines Dsv5 Series Windows / D4s v5',
      'Virtual Machines Dsv5 Series / D4s v5',
      'Virtual Machines Dsv5 Series / D4s v5 Low Priority',
      'Virtual Machines Dsv5 Series Windows / D4s v5 Spot',
    ]);
    expect(fake.requests).toHaveLength(3);
  });

  it('is answered 400 by the fake for a filter it does not understand, as the real API does', async () => {
    fake = await startRetailPricesFake();
    const bad = [
      `$filter=${encodeURIComponent("armSkuName ne 'Standard_D4s_v5'")}`,
      `$filter=${encodeURIComponent("vmSize eq 'Standard_D4s_v5'")}`,
      `$filter=${encodeURIComponent("armSkuName eq 'Standard_D4s_v5' or armSkuName eq 'x'")}`,
      `currencyCode=${encodeURIComponent('EUR')}`,
    ];
    for (const query of bad) {
      const response = await fetch(`${fake.pricesUrl}?${query}`);
      expect(response.status, query).toBe(400);
      await response.body?.cancel();
    }
  });

  it('does not retry a 400 and calls it a rejected query', async () => {
    fake = await startRetailPricesFake();
    const { options, sleeps } = client(fake, { baseUrl: `${fake.pricesUrl}?unknown=1` });
    const error = await caught(fetchVmHourlyPrice(D4, options));
    expect(error.code).toBe('PRICES_QUERY_REJECTED');
    expect(error.message).toMatch(/answered 400 .*unknown query parameter/);
    expect(fake.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries 429 after Retry-After and 503 with a doubling wait, and logs each retry', async () => {
    fake = await startRetailPricesFake();
    fake.failNext({ status: 429, headers: { 'retry-after': '2' } }, { status: 503 });
    const { options, sleeps, log } = client(fake, { baseDelayMs: 100 });
    await expect(fetchVmHourlyPrice(D4, options)).resolves.toMatchObject({ hourlyPrice: 0.192 });
    expect(sleeps).toEqual([2000, 200]);
    expect(log).toEqual([
      'Retail Prices API /api/retail/prices answered 429; retrying in 2000 ms (attempt 2 of 4)',
      'Retail Prices API /api/retail/prices answered 503; retrying in 200 ms (attempt 3 of 4)',
    ]);
  });

  it('retries a dropped connection', async () => {
    fake = await startRetailPricesFake();
    fake.failNext({});
    const { options, log } = client(fake);
    await expect(fetchVmHourlyPrice(D4, options)).resolves.toMatchObject({ hourlyPrice: 0.192 });
    expect(log[0]).toMatch(/failed \(.*\); retrying in 1000 ms \(attempt 2 of 4\)$/);
  });

  it('gives up after the bounded number of attempts', async () => {
    fake = await startRetailPricesFake();
    fake.failNext({ status: 503 }, { status: 503 }, { status: 503 });
    const { options, sleeps } = client(fake, { maxAttempts: 3 });
    const error = await caught(fetchVmHourlyPrice(D4, options));
    expect(error.code).toBe('PRICES_API_UNAVAILABLE');
    expect(error.message).toBe(
      'The Retail Prices API answered 503 to /api/retail/prices, 3 times.',
    );
    expect(fake.requests).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('caps a long Retry-After', async () => {
    fake = await startRetailPricesFake();
    fake.failNext({ status: 429, headers: { 'retry-after': '3600' } });
    const { options, sleeps } = client(fake, { maxDelayMs: 5000 });
    await fetchVmHourlyPrice(D4, options);
    expect(sleeps).toEqual([5000]);
  });

  it('refuses to follow a NextPageLink to another host', async () => {
    fake = await startRetailPricesFake({ nextPageOrigin: 'http://prices.example.invalid' });
    const asked: string[] = [];
    const { options } = client(fake, {
      fetch: (url, init) => {
        asked.push(new URL(url).origin);
        return fetch(url, init);
      },
    });
    const error = await caught(fetchVmHourlyPrice(D4, options));
    expect(error.code).toBe('PRICES_ANSWER_INVALID');
    expect(error.message).toMatch(
      /NextPageLink points at http:\/\/prices\.example\.invalid, .*not followed/,
    );
    expect(asked).toEqual([fake.url]);
  });

  it('stops paging after the page limit', async () => {
    fake = await startRetailPricesFake({ pageSize: 1 });
    const { options } = client(fake, { maxPages: 2 });
    const error = await caught(fetchRetailPriceItems(D4, options));
    expect(error.code).toBe('PRICES_ANSWER_INVALID');
    expect(error.message).toMatch(/kept paging past 2 pages/);
    expect(fake.requests).toHaveLength(2);
  });

  it('says PRICE_NOT_FOUND, with the hint to set the table, for a size the API does not list', async () => {
    fake = await startRetailPricesFake();
    const { options } = client(fake);
    const error = await caught(fetchVmHourlyPrice({ ...D4, vmSize: 'Standard_E4s_v5' }, options));
    expect(error.code).toBe('PRICE_NOT_FOUND');
    expect(error.message).toBe(
      'No pay-as-you-go Linux price for Standard_E4s_v5 in westeurope: the Retail Prices API has no meter for Standard_E4s_v5 in westeurope.',
    );
    expect(error.hint).toContain('cloud.prices.table.Standard_E4s_v5.westeurope');
  });
});

describe('lookupVmPrices', () => {
  const config = PricesConfigSchema.parse({
    asOf: '2026-06-01',
    table: { Standard_E4s_v5: { westeurope: 0.252 }, Standard_D4s_v5: { westeurope: 0.2 } },
  });

  it('takes API prices, falls back to the table for a size the API lacks, and lists the rest as missing', async () => {
    fake = await startRetailPricesFake();
    const { options, log } = client(fake);
    const lookup = await lookupVmPrices(
      [
        { vmSize: 'Standard_D4s_v5', region: 'westeurope' },
        { vmSize: 'Standard_E4s_v5', region: 'westeurope' },
        { vmSize: 'Standard_F4s_v2', region: 'westeurope' },
      ],
      config,
      options,
    );
    expect(lookup.prices.map((p) => [p.vmSize, p.hourlyPrice, p.source])).toEqual([
      ['Standard_D4s_v5', 0.192, 'retail-prices-api'],
      ['Standard_E4s_v5', 0.252, 'configured-table'],
    ]);
    expect(lookup.prices[1]).toMatchObject({
      asOf: '2026-06-01',
      fetchedAt: '2026-11-29T04:00:00.000Z',
      note: "the Retail Prices API gave no price (No pay-as-you-go Linux price for Standard_E4s_v5 in westeurope: the Retail Prices API has no meter for Standard_E4s_v5 in westeurope); the configured table's price was used",
    });
    expect(lookup.missingPrices).toEqual([
      {
        vmSize: 'Standard_F4s_v2',
        region: 'westeurope',
        reason:
          'No pay-as-you-go Linux price for Standard_F4s_v2 in westeurope: the Retail Prices API has no meter for Standard_F4s_v2 in westeurope; cloud.prices.table has no price for it either',
      },
    ]);
    expect(log).toHaveLength(2);
  });

  it('uses the table when the API is down, after its bounded retries', async () => {
    fake = await startRetailPricesFake();
    fake.failNext({ status: 503 }, { status: 503 });
    const { options, log } = client(fake, { maxAttempts: 2 });
    const lookup = await lookupVmPrices(
      [{ vmSize: 'Standard_D4s_v5', region: 'westeurope' }],
      config,
      options,
    );
    expect(lookup.prices).toEqual([
      expect.objectContaining({ hourlyPrice: 0.2, source: 'configured-table' }),
    ]);
    expect(log.at(-1)).toBe(
      'Standard_D4s_v5 in westeurope: The Retail Prices API answered 503 to /api/retail/prices, 2 times. Using cloud.prices.table instead.',
    );
  });

  it('never asks the API when the source is the table', async () => {
    fake = await startRetailPricesFake();
    const { options } = client(fake);
    const lookup = await lookupVmPrices(
      [
        { vmSize: 'Standard_D4s_v5', region: 'westeurope' },
        { vmSize: 'Standard_D8s_v5', region: 'westeurope' },
      ],
      { ...config, source: 'table' },
      options,
    );
    expect(fake.requests).toEqual([]);
    expect(lookup.prices.map((p) => p.source)).toEqual(['configured-table']);
    expect(lookup.missingPrices[0]?.reason).toMatch(/source is table, so the API was not asked/);
  });
});
