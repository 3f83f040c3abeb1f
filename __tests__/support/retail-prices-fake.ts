/**
 * A loopback stand-in for the Azure Retail Prices API (`GET /api/retail/prices`), shaped after
 * Microsoft's description of it: "Azure Retail Prices overview",
 * https://learn.microsoft.com/en-us/rest/api/cost-management/retail-prices/azure-retail-prices
 *
 * What it keeps from the real API:
 * - the answer `{ BillingCurrency, CustomerEntityId, CustomerEntityType, Items, NextPageLink,
 *   Count }`, items with `currencyCode`, `tierMinimumUnits`, `retailPrice`, `unitPrice`,
 *   `armRegionName`, `location`, `effectiveStartDate`, `meterId`, `meterName`, `productId`,
 *   `skuId`, `productName`, `skuName`, `serviceName`, `serviceId`, `serviceFamily`,
 *   `unitOfMeasure` ('1 Hour'), `type` (Consumption, DevTestConsumption, Reservation),
 *   `isPrimaryMeterRegion`, `armSkuName`;
 * - Linux and Windows as separate products (Windows' `productName` ends in "Windows"), Spot and
 *   Low Priority as separate meters (`meterName`/`skuName` end in "Spot" / "Low Priority"), all of
 *   them `type: 'Consumption'`, so a filter on size, region and price type still returns them;
 * - paging: a page holds a bounded number of items and `NextPageLink` (an absolute URL with
 *   `$skip`) points at the next, null on the last page;
 * - `$filter` with `<field> eq '<value>'` clauses joined by `and`, where the price type is
 *   filtered as `priceType` but returned as `type`; the currency is the query parameter
 *   `currencyCode='EUR'`, not a filter clause.
 * What it does not claim: the real error bodies (a filter it does not understand gets a 400 with
 * a body of its own), page sizes (the real API returns up to 1,000 items a page; this fake pages
 * after a few so tests see paging), or any real price (every figure here is invented).
 */
import type http from 'node:http';
import { startServer, type TestServer } from './servers.js';

/** One meter, as the API returns it (a type, not an interface, so it is a `RetailPriceItem`). */
export type FakePriceItem = {
  currencyCode: string;
  tierMinimumUnits: number;
  retailPrice: number;
  unitPrice: number;
  armRegionName: string;
  location: string;
  effectiveStartDate: string;
  effectiveEndDate?: string;
  meterId: string;
  meterName: string;
  productId: string;
  skuId: string;
  productName: string;
  skuName: string;
  serviceName: string;
  serviceId: string;
  serviceFamily: string;
  unitOfMeasure: string;
  type: string;
  reservationTerm?: string;
  isPrimaryMeterRegion: boolean;
  armSkuName: string;
};

/** Display names of the regions the catalogue uses. */
const LOCATIONS: Record<string, string> = {
  westeurope: 'EU West',
  northeurope: 'EU North',
  eastus: 'US East',
};

let meterCounter = 0;

/**
 * A pay-as-you-go Linux meter of `vmSize` in `region` at `price` USD an hour, in the API's
 * shape; `override` changes any field (e.g. `productName: '… Windows'` for the Windows meter).
 */
export function meter(
  vmSize: string,
  region: string,
  price: number,
  override: Partial<FakePriceItem> = {},
): FakePriceItem {
  meterCounter += 1;
  const short = vmSize.replace(/^Standard_/, '').replace(/_/g, ' ');
  const series = /^([A-Z]+)\d+([a-z]*)/.exec(short);
  const family = series ? `${series[1]}${series[2]}${/v(\d)/.exec(short)?.[0] ?? ''}` : short;
  return {
    currencyCode: 'USD',
    tierMinimumUnits: 0,
    retailPrice: price,
    unitPrice: price,
    armRegionName: region,
    location: LOCATIONS[region] ?? region,
    effectiveStartDate: '2026-05-01T00:00:00Z',
    meterId: `00000000-0000-4000-8000-${String(meterCounter).padStart(12, '0')}`,
    meterName: short,
    productId: 'DZH318Z0FAKE',
    skuId: `DZH318Z0FAKE/${String(meterCounter).padStart(4, '0')}`,
    productName: `Virtual Machines ${family} Series`,
    skuName: short,
    serviceName: 'Virtual Machines',
    serviceId: 'DZH313Z7MMC8',
    serviceFamily: 'Compute',
    unitOfMeasure: '1 Hour',
    type: 'Consumption',
    isPrimaryMeterRegion: true,
    armSkuName: vmSize,
    ...override,
  };
}

/**
 * Every meter the API has for a size in a region: Linux and Windows pay-as-you-go, Spot and
 * Low Priority of each, a Dev/Test price and a one-year reservation. Only the first is the
 * pay-as-you-go Linux price.
 */
export function metersOfSize(vmSize: string, region: string, linuxPrice: number): FakePriceItem[] {
  const base = meter(vmSize, region, linuxPrice);
  const windows = `${base.productName} Windows`;
  const spot = (name: string) => ({ meterName: `${name} Spot`, skuName: `${name} Spot` });
  const low = (name: string) => ({
    meterName: `${name} Low Priority`,
    skuName: `${name} Low Priority`,
  });
  const r = (x: number) => Number(x.toFixed(6));
  return [
    meter(vmSize, region, r(linuxPrice * 0.2), spot(base.meterName)),
    meter(vmSize, region, r(linuxPrice * 1.9), { productName: windows }),
    base,
    meter(vmSize, region, r(linuxPrice * 0.2), low(base.meterName)),
    meter(vmSize, region, r(linuxPrice * 0.4), { productName: windows, ...spot(base.meterName) }),
    meter(vmSize, region, r(linuxPrice * 0.8), { type: 'DevTestConsumption' }),
    meter(vmSize, region, r(linuxPrice * 5200), {
      type: 'Reservation',
      reservationTerm: '1 Year',
    }),
  ];
}

/** Hourly Linux prices of the default catalogue, USD: invented, round figures. */
export const FAKE_LINUX_PRICES: Record<string, Record<string, number>> = {
  Standard_D2s_v5: { westeurope: 0.096 },
  Standard_D4s_v5: { westeurope: 0.192, northeurope: 0.18 },
  Standard_D8s_v5: { westeurope: 0.384 },
  Standard_D16s_v5: { westeurope: 0.768 },
};

/** The default catalogue: every meter of every size in `FAKE_LINUX_PRICES`. */
export function defaultCatalogue(): FakePriceItem[] {
  return Object.entries(FAKE_LINUX_PRICES).flatMap(([size, regions]) =>
    Object.entries(regions).flatMap(([region, price]) => metersOfSize(size, region, price)),
  );
}

/** Currencies the fake converts to, with invented rates from USD. */
const RATES: Record<string, number> = { USD: 1, EUR: 0.9, GBP: 0.8 };

/** Fields a `$filter` may name, and the item field each one reads. */
const FILTER_FIELDS: Record<string, keyof FakePriceItem> = {
  serviceName: 'serviceName',
  serviceFamily: 'serviceFamily',
  serviceId: 'serviceId',
  armRegionName: 'armRegionName',
  location: 'location',
  armSkuName: 'armSkuName',
  skuName: 'skuName',
  productName: 'productName',
  meterName: 'meterName',
  meterId: 'meterId',
  priceType: 'type',
};

/** A `$filter` parsed into field = value clauses, or why it cannot be. */
function parseFilter(
  filter: string,
): { clauses: [keyof FakePriceItem, string][] } | { error: string } {
  const clauses: [keyof FakePriceItem, string][] = [];
  // Values are OData strings: quoted with ', an inner quote doubled.
  const clause = /^\s*([A-Za-z]+)\s+eq\s+'((?:[^']|'')*)'\s*/;
  let rest = filter;
  for (;;) {
    const m = clause.exec(rest);
    if (!m) return { error: `cannot parse the filter at "${rest.slice(0, 40)}"` };
    const [whole, field = '', value = ''] = m;
    const target = FILTER_FIELDS[field];
    if (!target) return { error: `unknown filter field "${field}"` };
    clauses.push([target, value.replace(/''/g, "'")]);
    rest = rest.slice(whole.length);
    if (rest === '') return { clauses };
    const and = /^and\s+/.exec(rest);
    if (!and) return { error: `expected "and" at "${rest.slice(0, 40)}"` };
    rest = rest.slice(and[0].length);
  }
}

/** A fault to answer instead of a page. */
export interface FakeFault {
  /** HTTP status to answer (e.g. 429, 503); omit to drop the connection. */
  status?: number;
  /** Extra headers, e.g. `{ 'retry-after': '2' }`. */
  headers?: Record<string, string>;
}

/** A running fake. */
export interface RetailPricesFake extends TestServer {
  /** Base URL to give the client: `http://127.0.0.1:<port>/api/retail/prices`. */
  pricesUrl: string;
  /** Path and query of every request received, in order. */
  requests: string[];
  /** The meters the fake answers from; tests may change them. */
  items: FakePriceItem[];
  /** Answer the next requests with these faults, in order, before any page. */
  failNext(...faults: FakeFault[]): void;
}

/** Options of `startRetailPricesFake`. */
export interface RetailPricesFakeOptions {
  /** Meters to answer from (default `defaultCatalogue()`). */
  items?: FakePriceItem[];
  /** Items per page (default 3, so that one size's meters span pages). */
  pageSize?: number;
  /** Origin written into NextPageLink instead of the fake's own (to test a foreign link). */
  nextPageOrigin?: string;
}

function answer(res: http.ServerResponse, status: number, body: unknown, headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function badRequest(res: http.ServerResponse, message: string): void {
  answer(res, 400, { Error: { Code: 'BadRequest', Message: message } });
}

/** Starts the fake on 127.0.0.1:0. */
export async function startRetailPricesFake(
  opts: RetailPricesFakeOptions = {},
): Promise<RetailPricesFake> {
  const pageSize = opts.pageSize ?? 3;
  const requests: string[] = [];
  const faults: FakeFault[] = [];
  const state = { items: opts.items ?? defaultCatalogue() };
  let origin = '';
  const server = await startServer((req, res) => {
    requests.push(req.url ?? '');
    const fault = faults.shift();
    if (fault) {
      if (fault.status === undefined) {
        req.socket.destroy();
        return;
      }
      answer(res, fault.status, { Error: { Code: 'Fault', Message: 'injected' } }, fault.headers);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method !== 'GET' || url.pathname !== '/api/retail/prices') {
      answer(res, 404, { Error: { Code: 'NotFound', Message: `${req.method} ${url.pathname}` } });
      return;
    }
    for (const key of url.searchParams.keys()) {
      if (!['$filter', '$skip', 'currencyCode', 'api-version', 'meterRegion'].includes(key)) {
        badRequest(res, `unknown query parameter "${key}"`);
        return;
      }
    }
    const currencyParam = url.searchParams.get('currencyCode') ?? "'USD'";
    const currency = /^'([A-Z]{3})'$/.exec(currencyParam)?.[1];
    const rate = currency === undefined ? undefined : RATES[currency];
    if (currency === undefined || rate === undefined) {
      badRequest(res, `currencyCode ${currencyParam} is not a supported currency such as 'USD'`);
      return;
    }
    const filterText = url.searchParams.get('$filter');
    let matching = state.items;
    if (filterText !== null) {
      const parsed = parseFilter(filterText);
      if ('error' in parsed) {
        badRequest(res, `Invalid OData filter: ${parsed.error}`);
        return;
      }
      matching = matching.filter((item) =>
        parsed.clauses.every(([field, value]) => String(item[field]) === value),
      );
    }
    const skipText = url.searchParams.get('$skip') ?? '0';
    if (!/^\d+$/.test(skipText)) {
      badRequest(res, `$skip ${skipText} is not a count`);
      return;
    }
    const skip = Number(skipText);
    const page = matching.slice(skip, skip + pageSize).map((item) => {
      const price = Number((item.retailPrice * rate).toFixed(6));
      return { ...item, currencyCode: currency, retailPrice: price, unitPrice: price };
    });
    let next: string | null = null;
    if (skip + pageSize < matching.length) {
      const link = new URL(req.url ?? '/', opts.nextPageOrigin ?? origin);
      link.searchParams.set('$skip', String(skip + pageSize));
      next = link.toString();
    }
    answer(res, 200, {
      BillingCurrency: currency,
      CustomerEntityId: 'Default',
      CustomerEntityType: 'Retail',
      Items: page,
      NextPageLink: next,
      Count: page.length,
    });
  });
  origin = server.url;
  return {
    ...server,
    pricesUrl: `${server.url}/api/retail/prices`,
    requests,
    get items() {
      return state.items;
    },
    set items(list: FakePriceItem[]) {
      state.items = list;
    },
    failNext(...list: FakeFault[]) {
      faults.push(...list);
    },
  };
}
