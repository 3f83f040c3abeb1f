/**
 * The action's side of the exchange with load VMs, through Blob only: it uploads the plan and the
 * runner bundle, hands out least-privilege SAS URLs that expire soon after the run, and reads back
 * what the runners wrote (one file per level, heartbeat, log). Nothing is parsed from run-command
 * output. Layout and SAS policy: docs/storage.md and core/remote/run-exchange.ts.
 */
import { readFile } from 'node:fs/promises';
import type {
  BlobServiceClient,
  BlobSASSignatureValues,
  ContainerClient,
} from '@azure/storage-blob';
import {
  BlobSASPermissions,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { BenchError, inputError } from '../../core/errors.js';
import { encodePlan } from '../../core/remote/plan-codec.js';
import type { BenchPlan } from '../../core/config/plan.js';
import type {
  AgentResults,
  CommandLogUrls,
  RunExchange,
  RunnerInputs,
  RunnerInputUrls,
  RunnerResults,
} from '../../core/remote/run-exchange.js';
import {
  combineRunnerStates,
  COMMAND_LOGS_FOLDER,
  estimatePlanDurationMs,
  LOG_BLOB,
  PLAN_BLOB,
  planForLoadAgent,
  RESULTS_FOLDER,
  RUNNER_BUNDLE_BLOB,
  STATUS_BLOB,
  toPathSegment,
} from '../../core/remote/run-exchange.js';
import { decodeRunnerResult } from '../../core/remote/runner-result-codec.js';
import { decodeRunnerStatus } from '../../core/remote/runner-status.js';
import type { BlobConnection } from './blob-service-client.js';
import { createBlobServiceClient, readBodyText } from './blob-service-client.js';

/** Options of `createRunExchange`. */
export type RunExchangeOptions = BlobConnection & {
  /** Container for run inputs and results; created when missing. */
  container: string;
  /** Called with every SAS token and URL before it is returned (the action: `core.setSecret`). */
  maskSecret?: (value: string) => void;
  /** Clock for SAS start and expiry. */
  now?: () => Date;
  /** SAS start is this far in the past so a VM whose clock runs behind is not refused (default 5 min). */
  clockSkewMs?: number;
  /** Added to the plan's duration for VM creation, image pull and start-up (default 45 min). */
  provisioningMarginMs?: number;
  /** SAS service version (`sv`); default: the SDK's. Emulators may need an older one. */
  sasVersion?: string;
};

/** Default allowance for clocks running behind. */
export const SAS_CLOCK_SKEW_MS = 5 * 60_000;
/** Default time allowed on top of the plan's duration. */
export const SAS_PROVISIONING_MARGIN_MS = 45 * 60_000;
/** Longest SAS lifetime handed out: user delegation keys live at most 7 days. */
const MAX_SAS_LIFETIME_MS = 7 * 24 * 3_600_000 - SAS_CLOCK_SKEW_MS;

const DOWNLOAD_CONCURRENCY = 4;

/** A `RunExchange` on a Blob container. */
export function createRunExchange(options: RunExchangeOptions): RunExchange {
  const service = createBlobServiceClient(options);
  const container = service.getContainerClient(options.container);
  const mask = options.maskSecret ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const skewMs = options.clockSkewMs ?? SAS_CLOCK_SKEW_MS;
  const lifetimeOf = (plan: BenchPlan, validForMs?: number) =>
    Math.min(
      MAX_SAS_LIFETIME_MS,
      validForMs ??
        estimatePlanDurationMs(plan) + (options.provisioningMarginMs ?? SAS_PROVISIONING_MARGIN_MS),
    );
  // The signer obtained by prepareSigning, reused while its key covers the SAS asked for.
  let prepared: { signer: SasSigner; startsOn: Date; expiresOn: Date } | undefined;
  const signerFor = async (startsOn: Date, expiresOn: Date): Promise<SasSigner> => {
    if (prepared && prepared.startsOn <= startsOn && prepared.expiresOn >= expiresOn) {
      return prepared.signer;
    }
    return createSasSigner(service, startsOn, expiresOn);
  };

  return {
    async prepareSigning(plan: BenchPlan): Promise<void> {
      const issuedAt = now();
      const startsOn = new Date(issuedAt.getTime() - skewMs);
      // Twice the lifetime: the SAS URLs are signed later, once the VMs are up, and must expire
      // before the key that signs them.
      const expiresOn = new Date(
        issuedAt.getTime() + Math.min(MAX_SAS_LIFETIME_MS, 2 * lifetimeOf(plan)),
      );
      prepared = {
        signer: await createSasSigner(service, startsOn, expiresOn),
        startsOn,
        expiresOn,
      };
    },

    async createCommandLogs(
      prefix: string,
      plan: BenchPlan,
      commandNames: readonly string[],
    ): Promise<Record<string, CommandLogUrls>> {
      // The handler creates the blobs, not their container.
      await container.createIfNotExists();
      const issuedAt = now();
      const startsOn = new Date(issuedAt.getTime() - skewMs);
      const expiresOn = new Date(issuedAt.getTime() + lifetimeOf(plan));
      const sign = await signerFor(startsOn, expiresOn);
      // Read, add, create and write: what the run-command handler needs to create the append
      // blob and append to it (Microsoft Learn, "Run scripts with managed Run Commands").
      const permissions = BlobSASPermissions.parse('racw');
      const out: Record<string, CommandLogUrls> = {};
      for (const name of commandNames) {
        const folder = `${trimSlashes(prefix)}/${COMMAND_LOGS_FOLDER}/${toPathSegment(name)}`;
        const urlOf = (blobName: string) => {
          const url = container.getBlobClient(blobName).url;
          const sas = sign({
            containerName: options.container,
            blobName,
            permissions,
            startsOn,
            expiresOn,
            protocol: service.url.startsWith('https:')
              ? SASProtocol.Https
              : SASProtocol.HttpsAndHttp,
            ...(options.sasVersion ? { version: options.sasVersion } : {}),
          });
          mask(sas);
          mask(`${url}?${sas}`);
          return { plain: url, signed: `${url}?${sas}` };
        };
        const output = urlOf(`${folder}/stdout.log`);
        const error = urlOf(`${folder}/stderr.log`);
        out[name] = {
          outputBlobUri: output.signed,
          errorBlobUri: error.signed,
          outputUrl: output.plain,
          errorUrl: error.plain,
        };
      }
      return out;
    },

    async uploadRunnerInputs(inputs: RunnerInputs): Promise<RunnerInputUrls> {
      const prefix = trimSlashes(inputs.prefix);
      let bundle: Buffer;
      try {
        bundle = await readFile(inputs.runnerBundlePath);
      } catch (error) {
        throw inputError(
          'RUNNER_BUNDLE_MISSING',
          `Cannot read the runner bundle ${inputs.runnerBundlePath}: ${(error as Error).message}`,
          'Build it with `npm run bundle` (dist/runner/index.js is part of the action).',
          error,
        );
      }
      await container.createIfNotExists();
      const planBlob = `${prefix}/${PLAN_BLOB}`;
      const bundleBlob = `${prefix}/${RUNNER_BUNDLE_BLOB}`;
      const planText = encodePlan(planForLoadAgent(inputs.plan), inputs.abRound);
      await container.getBlockBlobClient(planBlob).upload(planText, Buffer.byteLength(planText), {
        blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
      });
      await container.getBlockBlobClient(bundleBlob).uploadData(bundle, {
        blobHTTPHeaders: { blobContentType: 'text/javascript; charset=utf-8' },
      });

      const lifetimeMs = lifetimeOf(inputs.plan, inputs.validForMs);
      const issuedAt = now();
      const startsOn = new Date(issuedAt.getTime() - skewMs);
      const expiresOn = new Date(issuedAt.getTime() + lifetimeMs);
      const sign = await signerFor(startsOn, expiresOn);
      const common = {
        containerName: options.container,
        startsOn,
        expiresOn,
        protocol: service.url.startsWith('https:') ? SASProtocol.Https : SASProtocol.HttpsAndHttp,
        ...(options.sasVersion ? { version: options.sasVersion } : {}),
      };
      const readOnly = BlobSASPermissions.parse('r');
      const planSas = sign({ ...common, blobName: planBlob, permissions: readOnly });
      const bundleSas = sign({ ...common, blobName: bundleBlob, permissions: readOnly });
      // Create + write, scoped to the container: Blob SAS cannot be scoped to a folder in a flat
      // namespace, so give each run its own container when runs must not see each other.
      const resultsSas = sign({ ...common, permissions: ContainerSASPermissions.parse('cw') });

      const urls: RunnerInputUrls = {
        planUrl: `${container.getBlobClient(planBlob).url}?${planSas}`,
        bundleUrl: `${container.getBlobClient(bundleBlob).url}?${bundleSas}`,
        resultsUrl: `${container.url}/${prefix}/${RESULTS_FOLDER}?${resultsSas}`,
        expiresOn: expiresOn.toISOString(),
      };
      for (const secret of [
        planSas,
        bundleSas,
        resultsSas,
        urls.planUrl,
        urls.bundleUrl,
        urls.resultsUrl,
      ]) {
        mask(secret);
      }
      return urls;
    },

    async readRunnerResults(
      prefix: string,
      opts: { agentCount?: number } = {},
    ): Promise<RunnerResults> {
      return readResults(container, `${trimSlashes(prefix)}/${RESULTS_FOLDER}/`, opts.agentCount);
    },

    async deleteRunFiles(prefix: string): Promise<number> {
      const folder = `${trimSlashes(prefix)}/`;
      if (folder === '/') {
        throw inputError(
          'RUN_PREFIX_EMPTY',
          'Refusing to delete a whole exchange container through an empty run prefix',
          'Pass the run prefix given to uploadRunnerInputs.',
        );
      }
      let deleted = 0;
      for await (const blob of container.listBlobsFlat({ prefix: folder })) {
        const result = await container
          .getBlobClient(blob.name)
          .deleteIfExists({ deleteSnapshots: 'include' });
        if (result.succeeded) deleted += 1;
      }
      return deleted;
    },
  };
}

/** Signs SAS values into a query string. */
type SasSigner = (values: BlobSASSignatureValues) => string;

/**
 * Signs SAS values with the account key when the client has one (Azurite, connection strings),
 * otherwise with a user delegation key (OIDC token credential; needs "Storage Blob Delegator"
 * or "Storage Blob Data Contributor" on the account).
 */
async function createSasSigner(
  service: BlobServiceClient,
  startsOn: Date,
  expiresOn: Date,
): Promise<SasSigner> {
  const credential = service.credential;
  if (credential instanceof StorageSharedKeyCredential) {
    return (values) => generateBlobSASQueryParameters(values, credential).toString();
  }
  if ('getToken' in credential) {
    let key;
    try {
      key = await service.getUserDelegationKey(startsOn, expiresOn);
    } catch (error) {
      throw new BenchError(
        'BLOB_SAS_UNAVAILABLE',
        `Could not get a user delegation key from ${service.url}: ${blobErrorCode(error)}${(error as Error).message.split('\n')[0]}`,
        'Grant the workflow identity "Storage Blob Data Contributor" on the storage account ' +
          '(it includes generateUserDelegationKey; a role on one container is not enough), then run again. Nothing was created.',
        { cause: error },
      );
    }
    return (values) => generateBlobSASQueryParameters(values, key, service.accountName).toString();
  }
  throw new BenchError(
    'BLOB_SAS_NO_CREDENTIAL',
    `Cannot sign SAS URLs for ${service.url}: the client has neither an account key nor a token credential`,
    'Connect with a token credential (OIDC) or a connection string that holds an account key.',
  );
}

async function readResults(
  container: ContainerClient,
  resultsPrefix: string,
  agentCount: number | undefined,
): Promise<RunnerResults> {
  const names: string[] = [];
  for await (const blob of container.listBlobsFlat({ prefix: resultsPrefix }))
    names.push(blob.name);

  const agents = new Map<number, AgentResults>();
  const agentFor = (index: number): AgentResults => {
    let agent = agents.get(index);
    if (!agent) {
      agent = { agentIndex: index, status: undefined, levels: [], hlogs: [], log: '' };
      agents.set(index, agent);
    }
    return agent;
  };
  for (let i = 0; i < (agentCount ?? 0); i++) agentFor(i);

  const queue = names.slice();
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const relative = name.slice(resultsPrefix.length);
      const match = /^agent-(\d+)\/(.+)$/.exec(relative);
      if (!match?.[1] || !match[2]) continue;
      const agent = agentFor(Number(match[1]));
      const file = match[2];
      const wanted =
        file === STATUS_BLOB ||
        file === LOG_BLOB ||
        (file.startsWith('levels/') && (file.endsWith('.json') || file.endsWith('.hlog')));
      if (!wanted) continue;
      const response = await container.getBlobClient(name).download();
      const text = await readBodyText(response.readableStreamBody);
      if (file === STATUS_BLOB) agent.status = decodeRunnerStatus(text, name);
      else if (file === LOG_BLOB) agent.log = text;
      else if (file.endsWith('.hlog')) agent.hlogs.push({ name: relative, text });
      else agent.levels.push(decodeRunnerResult(text, name));
    }
  };
  await Promise.all(Array.from({ length: DOWNLOAD_CONCURRENCY }, worker));

  const sorted = [...agents.values()].sort((a, b) => a.agentIndex - b.agentIndex);
  for (const agent of sorted) {
    agent.levels.sort((a, b) => a.levelIndex - b.levelIndex);
    agent.hlogs.sort((a, b) => a.name.localeCompare(b.name));
  }
  return {
    status: combineRunnerStates(sorted.map((a) => a.status?.state ?? 'not-started')),
    measurements: sorted.flatMap((a) => a.levels.map((l) => l.measurement)),
    hlogs: sorted.flatMap((a) => a.hlogs),
    logs: sorted
      .filter((a) => a.log !== '')
      .map((a) => ({ name: `agent-${a.agentIndex}/${LOG_BLOB}`, text: a.log })),
    agents: sorted,
  };
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** `<code>: ` of a Blob service error (AuthorizationPermissionMismatch, ...), or nothing. */
function blobErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== '' ? `${code}: ` : '';
}
