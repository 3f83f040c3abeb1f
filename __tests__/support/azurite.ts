/**
 * Starts a real Azurite Blob emulator on a free loopback port for one test file, in memory, and
 * stops it afterwards. Tests talk to it through the real `@azure/storage-blob` clients.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Azurite's well-known development account name. */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1';

/** Azurite's well-known development account key (public, documented by Microsoft). */
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Options of `startAzurite`. */
export interface AzuriteOptions {
  /** Serve HTTPS with this PEM certificate and key (files); needed for `oauth`. */
  tls?: { certPath: string; keyPath: string };
  /** Accept bearer tokens (Azurite's basic OAuth: issuer, audience and lifetime are checked). */
  oauth?: boolean;
}

/** A running Azurite Blob service. */
export interface AzuriteHandle {
  /** Connection string for `BlobServiceClient.fromConnectionString`. */
  connectionString: string;
  /** Blob endpoint including the account, e.g. `http://127.0.0.1:41234/devstoreaccount1`. */
  blobEndpoint: string;
  accountName: string;
  accountKey: string;
  /** Stops the emulator and waits for its process to exit. */
  stop(): Promise<void>;
}

const LISTEN_LINE = /successfully listens on (https?:\/\/[^\s]+)/;
const START_TIMEOUT_MS = 20_000;

/** Spawns `azurite-blob` on `127.0.0.1:0` and resolves once it reports the port it chose. */
export async function startAzurite(options: AzuriteOptions = {}): Promise<AzuriteHandle> {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'azurite-blob');
  if (!existsSync(bin)) throw new Error(`azurite-blob not found at ${bin}`);
  const child = spawn(
    bin,
    [
      '--skipApiVersionCheck',
      '--inMemoryPersistence',
      // Tests store a few kilobytes; the default reserves half of the machine's memory.
      '--extentMemoryLimit',
      '256',
      '--blobPort',
      '0',
      '--blobHost',
      '127.0.0.1',
      '--disableTelemetry',
      '--silent',
      ...(options.tls ? ['--cert', options.tls.certPath, '--key', options.tls.keyPath] : []),
      ...(options.oauth ? ['--oauth', 'basic'] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = LISTEN_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code ?? 'null'} before listening:\n${output}`));
    });
  });

  const blobEndpoint = `${origin}/${AZURITE_ACCOUNT_NAME}`;
  return {
    connectionString:
      `DefaultEndpointsProtocol=${options.tls ? 'https' : 'http'};AccountName=${AZURITE_ACCOUNT_NAME};` +
      `AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=${blobEndpoint};`,
    blobEndpoint,
    accountName: AZURITE_ACCOUNT_NAME,
    accountKey: AZURITE_ACCOUNT_KEY,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
