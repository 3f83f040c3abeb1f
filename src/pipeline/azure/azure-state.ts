/**
 * What a cloud run created, written to a small JSON file (`<out>/azure-state.json` for the CLI)
 * before the first Azure call that creates anything, so that another process (`bench janitor
 * --state`, a re-run, a human) can delete it after a crash or a SIGKILL. It holds names only:
 * never a SAS, a token or a product env value.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../../core/errors.js';

/** Version of the state file format. */
export const AZURE_STATE_VERSION = 1;

/** File name of the state inside a report directory. */
export const AZURE_STATE_FILE = 'azure-state.json';

/** The record of one cloud run's resources. */
export interface AzureRunState {
  /** Format version (`AZURE_STATE_VERSION`). */
  stateVersion: typeof AZURE_STATE_VERSION;
  /** Subscription holding the group. */
  subscriptionId: string;
  /** The run's resource group: deleting it deletes everything the run created in Azure. */
  resourceGroup: string;
  /** When the state was first recorded, ISO 8601 UTC. */
  recordedAt: string;
  /** Blob folder of the run's plan and results, deleted once the results are read. */
  exchange?: {
    /** Storage account name. */
    storageAccount: string;
    /** Container name. */
    container: string;
    /** Run prefix inside the container. */
    prefix: string;
  };
  /** What the last clean-up attempt reported: `deleted`, or `pending` when Azure had not finished. */
  cleanup?: 'deleted' | 'pending';
}

/** Writes the state atomically (temporary file + rename), so a crash never leaves half a file. */
export async function writeAzureState(file: string, state: AzureRunState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

/** Reads and checks a state file; throws `AZURE_STATE_INVALID` (input) when unusable. */
export async function readAzureState(file: string): Promise<AzureRunState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw inputError(
      'AZURE_STATE_MISSING',
      `Cannot read the Azure state file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      'Pass the azure-state.json written into the report directory of the run to clean up.',
      error,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw inputError(
      'AZURE_STATE_INVALID',
      `${file} is not JSON.`,
      'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.',
      error,
    );
  }
  const state = value as Partial<AzureRunState> | null;
  if (
    !state ||
    state.stateVersion !== AZURE_STATE_VERSION ||
    typeof state.subscriptionId !== 'string' ||
    typeof state.resourceGroup !== 'string' ||
    state.resourceGroup === ''
  ) {
    throw inputError(
      'AZURE_STATE_INVALID',
      `${file} is not a bench-action Azure state file (version ${AZURE_STATE_VERSION} with subscriptionId and resourceGroup).`,
      'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.',
    );
  }
  return state as AzureRunState;
}
