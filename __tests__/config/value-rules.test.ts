/**
 * One rule per value, whatever the door it comes in by: a VM size or a region is accepted or
 * refused alike by the config schema (`bench validate`), the action's input reader, the CLI's
 * Azure flags (through the shared settings resolution) and the shell-safety guard of the VM
 * scripts. Before these rules lived in one place, `Basic_A1` and `Standard_M8-2ms` passed the
 * schema and were refused by the guard, and `standard_d4s_v5` passed the action's reader only.
 * (Lists are split before the rule applies: the action's inputs on commas and newlines, the
 * CLI's flags on commas, each item trimmed.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { givenFromFlags } from '../../src/cli/options.js';
import { checkSafeValue } from '../../src/core/azure/shell-safety.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { getActionSettings } from '../../src/edges/github/input-helper.js';
import { resolveAzureSettings } from '../../src/pipeline/azure/resolve-azure-settings.js';
import { withEnv } from '../support/action/env.js';
import { azureInputs } from '../support/action/scenario.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

type Door = (kind: 'vmSize' | 'region', value: string) => boolean;

const CONFIG_HEAD = `version: 1
name: rules
target: { url: 'http://127.0.0.1:9/' }
scenarios: [{ name: s, path: / }]
load: { levels: [1], duration: 1s }
`;

/** The config schema, as `bench validate` runs it. */
const config: Door = (kind, value) => {
  const key = kind === 'vmSize' ? 'vmSizes' : 'regions';
  const { problems } = parseConfig(
    `${CONFIG_HEAD}cloud: { ${key}: [${JSON.stringify(value)}] }\n`,
    'c.yml',
  );
  return problems.length === 0;
};

/** The action's inputs, `vm-sizes` and `regions`, read from real INPUT_* variables. */
const action: Door = (kind, value) => {
  restore = withEnv(azureInputs({ [kind === 'vmSize' ? 'vm-sizes' : 'regions']: value }));
  try {
    getActionSettings();
    return true;
  } catch {
    return false;
  } finally {
    restore();
    restore = undefined;
  }
};

const IDS = {
  tenant: '00000000-0000-0000-0000-000000000001',
  client: '00000000-0000-0000-0000-000000000002',
  subscription: '00000000-0000-0000-0000-000000000003',
  acr: 'benchacr',
  storageAccount: 'benchstore',
  vmIdentity:
    '/subscriptions/00000000-0000-0000-0000-000000000003/resourceGroups/bench/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm',
};

/** The CLI's `--vm-size` and `--region` flags, resolved as `bench run --provider azure` does. */
const cli: Door = (kind, value) => {
  const given = givenFromFlags(
    { ...IDS, ...(kind === 'vmSize' ? { vmSize: value } : { region: value }) },
    {},
  );
  const cloud = { vmSizes: ['Standard_D4s_v5'], regions: ['westeurope'], loadAgents: 1 };
  try {
    resolveAzureSettings(given, { cloud } as never, 'strict');
    return true;
  } catch {
    return false;
  }
};

/** The guard in front of every value the VM scripts receive. */
const guard: Door = (kind, value) => checkSafeValue(kind, kind, value) === undefined;

const DOORS = { config, action, cli, guard };

const CASES: [kind: 'vmSize' | 'region', value: string, accepted: boolean][] = [
  ['vmSize', 'Standard_D4s_v5', true],
  ['vmSize', 'Standard_D4ds_v5', true],
  ['vmSize', 'Standard_M8-2ms', true],
  ['vmSize', 'Standard_E4as_v5', true],
  ['vmSize', 'Basic_A1', false],
  ['vmSize', 'standard_d4s_v5', false],
  ['vmSize', 'Standard_D4s_v5;reboot', false],
  ['vmSize', 'Standard_D4s v5', false],
  ['vmSize', 'Standard_$(id)', false],
  ['vmSize', 'Standard_D4s_v5|x', false],
  ['region', 'westeurope', true],
  ['region', 'northeurope', true],
  ['region', 'eastus2', true],
  ['region', 'west europe', false],
  ['region', 'westeurope`id`', false],
  ['region', '-westeurope', false],
];

describe('one rule for each value, at every door', () => {
  it.each(CASES)(
    '%s %j: accepted %s by the config, the action, the CLI and the guard',
    (kind, value, accepted) => {
      const verdicts = Object.fromEntries(
        Object.entries(DOORS).map(([name, door]) => [name, door(kind, value)]),
      );
      expect(verdicts).toEqual({
        config: accepted,
        action: accepted,
        cli: accepted,
        guard: accepted,
      });
    },
  );
});
