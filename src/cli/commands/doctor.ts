/**
 * `bench doctor --provider azure [config]`: the preflight of a cloud run on its own. Checks the
 * subscription's set-up (providers, roles at their scopes, key delegation, container, image tag,
 * pinned OS image, vCPU quota) without creating anything, prints the checklist with the fix for
 * each failure, and exits 0 when a run could start, 3 when it could not.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode, inputError } from '../../core/errors.js';
import type { CliDeps, CliIo } from '../io.js';
import { addAzureFlags, givenFromFlags, type AzureFlags } from '../options.js';

/** Flags of `bench doctor`. */
interface DoctorFlags extends AzureFlags {
  /** `--provider`: only `azure`. */
  provider?: string;
  /** `--image`: the product image to look up instead of the config's. */
  image?: string;
  /** `--products-dir`: catalogue searched first. */
  productsDir?: string;
  /** `--json`: the report as JSON instead of the checklist. */
  json?: boolean;
}

/** Registers `bench doctor`; the Azure modules load only when it runs. */
export function registerDoctor(
  program: Command,
  io: CliIo,
  deps: CliDeps,
  setExitCode: (code: number) => void,
): void {
  const command = program
    .command('doctor')
    .description(
      "Check a subscription's set-up for cloud runs (providers, roles, storage, image, OS image, quota) without creating anything.",
    )
    .argument('[config]', 'config whose cloud: section and product image are checked')
    .option('--provider <name>', "cloud provider (only 'azure')", 'azure')
    .option('--image <image>', 'product image to look up in ACR (default: the config’s)')
    .option('--products-dir <dir>', 'products catalogue searched before products/ above the config')
    .option('--json', 'print the checklist as JSON');
  addAzureFlags(command).action(async (config: string | undefined, flags: DoctorFlags) => {
    setExitCode(await doctor(config, flags, io, deps));
  });
}

async function doctor(
  config: string | undefined,
  flags: DoctorFlags,
  io: CliIo,
  deps: CliDeps,
): Promise<number> {
  if ((flags.provider ?? 'azure') !== 'azure') {
    throw inputError(
      'ARGUMENT_INVALID',
      `--provider ${flags.provider}: only 'azure' has a set-up to check.`,
      'Use --provider azure (local runs need no set-up).',
    );
  }
  const [{ runPreflightRequest }, { renderPreflightChecklist }, { defaultCliCredential }] =
    await Promise.all([
      import('../../pipeline/azure/preflight.js'),
      import('../../core/azure/preflight-model.js'),
      import('./run-azure.js'),
    ]);
  const env = deps.env ?? process.env;
  const createCredential = deps.createCredential ?? defaultCliCredential;
  const report = await runPreflightRequest(
    {
      ...(config !== undefined && { configPath: path.resolve(io.cwd, config) }),
      ...(flags.productsDir !== undefined && {
        loadOptions: { productsDirs: [path.resolve(io.cwd, flags.productsDir)] },
      }),
      ...(flags.image !== undefined && { image: flags.image }),
      given: givenFromFlags(flags, env),
    },
    {
      createCredential: (settings) =>
        createCredential({ tenantId: settings.tenantId, clientId: settings.clientId }),
      ...(deps.createArmContext && { createArmContext: deps.createArmContext }),
      ...(deps.createBlob && { createBlob: deps.createBlob }),
      ...(deps.resolveImage && { resolveImage: deps.resolveImage }),
      log: (line) => io.stderr.write(`${line}\n`),
    },
  );
  io.stdout.write(
    flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderPreflightChecklist(report),
  );
  return report.ok ? ExitCode.ok : ExitCode.targetFailure;
}
