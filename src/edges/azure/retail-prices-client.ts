/**
 * Reads VM prices from the Azure Retail Prices API (public, no sign-in): one query per size and
 * region, every page followed through `NextPageLink`, 429/5xx and dropped connections retried a
 * bounded number of times with injectable waits, each retry logged. When the API cannot answer
 * (no egress, an outage, a size it does not list), the configured table (`cloud.prices.table`)
 * gives the price instead, and the price says so.
 */
import { parseRetryAfterMs } from '../../core/azure/classify-arm-error.js';
import { BenchError } from '../../core/errors.js';
import { priceFromTable, type PricesConfig } from '../../core/pricing/prices-config.js';
import {
  buildRetailPricesUrl,
  checkRetailPriceQuery,
  isNoRetailPrice,
  pickLinuxPayAsYouGoPrice,
  RETAIL_PRICES_URL,
  RetailPricesPageSchema,
  type RetailPriceItem,
  type RetailPriceQuery,
} from '../../core/pricing/retail-prices.js';
import type {
  MissingVmPrice,
  VmPlacement,
  VmPrice,
  VmPriceLookup,
} from '../../core/pricing/vm-price.js';

/** The `fetch` the client calls: the global one, or a stand-in in tests. */
export type FetchFunction = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

/** Options of the Retail Prices client. */
export interface RetailPricesClientOptions {
  /** The API's URL (default `https://prices.azure.com/api/retail/prices`; a loopback fake in tests). */
  baseUrl?: string;
  /** HTTP client (default the global `fetch`). */
  fetch?: FetchFunction;
  /** Attempts per page on 429, 5xx and dropped connections (default 4). */
  maxAttempts?: number;
  /** First wait without `Retry-After` (default 1,000 ms), doubled per retry. */
  baseDelayMs?: number;
  /** Cap of a single wait, `Retry-After` included (default 30,000 ms). */
  maxDelayMs?: number;
  /** Waits between attempts; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Pages followed per query before giving up (default 20: one size has a few dozen meters). */
  maxPages?: number;
  /** Time limit of one request (default 30,000 ms). */
  requestTimeoutMs?: number;
  /** One line per retry and per fallback to the table. */
  log?: (line: string) => void;
  /** The clock, for `fetchedAt` and which prices are in effect (default now). */
  now?: () => Date;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A price error; without a hint, the registry's for its code. */
function pricesError(
  code:
    | 'PRICES_QUERY_REJECTED'
    | 'PRICES_API_UNAVAILABLE'
    | 'PRICES_ANSWER_INVALID'
    | 'PRICE_NOT_FOUND',
  message: string,
  hint?: string,
  cause?: unknown,
): BenchError {
  return new BenchError(code, message, hint, { cause });
}

/** Whether a status is worth retrying. */
function isRetriable(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

/** The short form of a URL for the log: path and `$skip`, not the whole filter. */
function describePage(url: string): string {
  const u = new URL(url);
  const skip = u.searchParams.get('$skip');
  return `${u.pathname}${skip ? ` ($skip=${skip})` : ''}`;
}

/** One page, retried on 429/5xx and dropped connections. */
async function fetchPage(url: string, opts: Required<Omit<RetailPricesClientOptions, 'baseUrl'>>) {
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    let failure: unknown;
    try {
      response = await opts.fetch(url, { signal: AbortSignal.timeout(opts.requestTimeoutMs) });
    } catch (error) {
      failure = error;
    }
    if (response && !isRetriable(response.status)) {
      const text = await response.text();
      if (!response.ok) {
        const code = response.status === 400 ? 'PRICES_QUERY_REJECTED' : 'PRICES_API_UNAVAILABLE';
        throw pricesError(
          code,
          `The Retail Prices API answered ${response.status} to ${describePage(url)}: ${text.slice(0, 300)}`,
        );
      }
      try {
        return RetailPricesPageSchema.parse(JSON.parse(text));
      } catch (error) {
        throw pricesError(
          'PRICES_ANSWER_INVALID',
          `The Retail Prices API's answer to ${describePage(url)} is not a page of prices (${(error as Error).message.slice(0, 200)}).`,
          undefined,
          error,
        );
      }
    }
    const why = response ? `answered ${response.status}` : `failed (${(failure as Error).message})`;
    if (attempt >= opts.maxAttempts) {
      throw pricesError(
        'PRICES_API_UNAVAILABLE',
        `The Retail Prices API ${why} to ${describePage(url)}, ${opts.maxAttempts} times.`,
        undefined,
        failure,
      );
    }
    const header = response?.headers.get('retry-after') ?? undefined;
    await response?.body?.cancel();
    const retryAfterMs = parseRetryAfterMs(header, opts.now().getTime());
    const delayMs = Math.min(
      opts.maxDelayMs,
      retryAfterMs ?? opts.baseDelayMs * 2 ** (attempt - 1),
    );
    opts.log(
      `Retail Prices API ${describePage(url)} ${why}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${opts.maxAttempts})`,
    );
    await opts.sleep(delayMs);
  }
}

function withDefaults(opts: RetailPricesClientOptions) {
  return {
    fetch: opts.fetch ?? ((url: string, init: { signal: AbortSignal }) => fetch(url, init)),
    maxAttempts: opts.maxAttempts ?? 4,
    baseDelayMs: opts.baseDelayMs ?? 1_000,
    maxDelayMs: opts.maxDelayMs ?? 30_000,
    sleep: opts.sleep ?? defaultSleep,
    maxPages: opts.maxPages ?? 20,
    requestTimeoutMs: opts.requestTimeoutMs ?? 30_000,
    log: opts.log ?? (() => undefined),
    now: opts.now ?? (() => new Date()),
  };
}

/**
 * Every meter the API returns for `query`, all pages. Follows `NextPageLink` only to the API's
 * own origin (a link elsewhere is refused, not followed) and at most `maxPages` times.
 */
export async function fetchRetailPriceItems(
  query: RetailPriceQuery,
  options: RetailPricesClientOptions = {},
): Promise<RetailPriceItem[]> {
  const opts = withDefaults(options);
  const baseUrl = options.baseUrl ?? RETAIL_PRICES_URL;
  const origin = new URL(baseUrl).origin;
  const items: RetailPriceItem[] = [];
  let url: string | null | undefined = buildRetailPricesUrl(query, baseUrl);
  for (let page = 1; url; page++) {
    if (page > opts.maxPages) {
      throw pricesError(
        'PRICES_ANSWER_INVALID',
        `The Retail Prices API kept paging past ${opts.maxPages} pages for ${query.vmSize} in ${query.region}.`,
      );
    }
    const answer = await fetchPage(url, opts);
    items.push(...answer.Items);
    url = answer.NextPageLink;
    if (url && new URL(url).origin !== origin) {
      throw pricesError(
        'PRICES_ANSWER_INVALID',
        `The Retail Prices API's NextPageLink points at ${new URL(url).origin}, not ${origin}; it was not followed.`,
      );
    }
  }
  return items;
}

/**
 * The pay-as-you-go Linux hourly price of one size in one region from the API. Throws a
 * `BenchError`: `PRICE_NOT_FOUND` when the API lists no such meter, `PRICES_API_UNAVAILABLE`,
 * `PRICES_QUERY_REJECTED` or `PRICES_ANSWER_INVALID` when the API could not be read.
 */
export async function fetchVmHourlyPrice(
  query: RetailPriceQuery,
  options: RetailPricesClientOptions = {},
): Promise<VmPrice> {
  const now = (options.now ?? (() => new Date()))();
  const items = await fetchRetailPriceItems(query, options);
  const picked = pickLinuxPayAsYouGoPrice(items, query, now);
  if (isNoRetailPrice(picked)) {
    throw pricesError(
      'PRICE_NOT_FOUND',
      `No pay-as-you-go Linux price for ${query.vmSize} in ${query.region}: ${picked.problem}.`,
      `Check the size and region spelling, or give the price in cloud.prices.table.${query.vmSize}.${query.region}.`,
    );
  }
  return {
    vmSize: query.vmSize,
    region: query.region,
    hourlyPrice: picked.hourlyPrice,
    currency: picked.currency,
    source: 'retail-prices-api',
    fetchedAt: now.toISOString(),
    meter: {
      meterName: picked.meterName,
      productName: picked.productName,
      skuName: picked.skuName,
      ...(picked.effectiveStartDate !== undefined && {
        effectiveStartDate: picked.effectiveStartDate,
      }),
    },
  };
}

/**
 * Prices of every size and region in `placements`, in `config.currency`: from the API when
 * `config.source` is `api` (the table when the API fails for a size, with a note saying why),
 * from the table only when it is `table`. Never throws for a missing price: that size is listed
 * in `missingPrices` with the reason, and the comparison says it has no cost.
 */
export async function lookupVmPrices(
  placements: readonly VmPlacement[],
  config: PricesConfig,
  options: RetailPricesClientOptions = {},
): Promise<VmPriceLookup> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const prices: VmPrice[] = [];
  const missingPrices: MissingVmPrice[] = [];
  for (const { vmSize, region } of placements) {
    const query = { vmSize, region, currency: config.currency };
    if (config.source === 'table') {
      const price = priceFromTable(config, vmSize, region, now());
      if (price) prices.push(price);
      else
        missingPrices.push({
          vmSize,
          region,
          reason: `cloud.prices.table has no price for it (and cloud.prices.source is table, so the API was not asked)`,
        });
      continue;
    }
    const invalid = checkRetailPriceQuery(query);
    let failure: string;
    if (invalid) {
      failure = invalid;
    } else {
      try {
        prices.push(await fetchVmHourlyPrice(query, options));
        continue;
      } catch (error) {
        if (!(error instanceof BenchError)) throw error;
        failure = error.message;
      }
    }
    const fallback = priceFromTable(
      config,
      vmSize,
      region,
      now(),
      `the Retail Prices API gave no price (${failure.replace(/\.$/, '')}); the configured table's price was used`,
    );
    if (fallback) {
      log(`${vmSize} in ${region}: ${failure} Using cloud.prices.table instead.`);
      prices.push(fallback);
    } else {
      log(`${vmSize} in ${region}: ${failure} cloud.prices.table has no price either.`);
      missingPrices.push({
        vmSize,
        region,
        reason: `${failure.replace(/\.$/, '')}; cloud.prices.table has no price for it either`,
      });
    }
  }
  return { prices, missingPrices };
}
