/**
 * Settings from real `INPUT_*` variables: defaults, lists, and every problem reported at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  getActionSettings,
  InputProblemsError,
  type InputProblem,
} from '../../src/edges/github/input-helper.js';
import { withEnv } from '../support/action/env.js';
import { azureInputs } from '../support/action/scenario.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function settingsFor(inputs: Record<string, string>) {
  // GITHUB_OUTPUT is pointed nowhere so core.setSecret's mask command stays on stdout only.
  restore = withEnv(inputs);
  return getActionSettings();
}

function problemsFor(inputs: Record<string, string>): InputProblem[] {
  try {
    settingsFor(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputProblemsError);
    return (error as InputProblemsError).problems;
  }
  throw new Error('expected the inputs to be rejected');
}

describe('getActionSettings', () => {
  it('applies the action.yml defaults when only a config is given for a local run', () => {
    const settings = settingsFor({ config: 'configs/demo.yml', provider: 'local' });

    expect(settings).toMatchObject({
      mode: 'run',
      provider: 'local',
      configPath: 'configs/demo.yml',
      vmSizes: [],
      regions: [],
      comment: 'always',
      commentId: 'default',
      failOn: 'regression',
      githubToken: '',
    });
    expect(settings.azure).toBeUndefined();
    expect(settings.levels).toBeUndefined();
    // Empty: the config's cloud.loadAgents.
    expect(settings.loadAgents).toBeUndefined();
  });

  it('leaves provider and load-agents to the config when they are empty', () => {
    const settings = settingsFor({ config: 'configs/demo.yml', provider: '', 'load-agents': '' });

    expect(settings.provider).toBeUndefined();
    expect(settings.loadAgents).toBeUndefined();
  });

  it('refuses values that would inject workflow commands, quoting them instead of echoing them', () => {
    const problems = problemsFor({
      config: 'configs/demo.yml',
      image: 'reframe:pr-7\n::error::owned',
      'baseline-image': 'reframe:main\n::add-mask::x',
      product: '../../etc',
      'runner-image': 'node:24 ; reboot',
    });

    expect(problems.map((p) => p.input).sort()).toEqual(
      ['baseline-image', 'image', 'product', 'runner-image'].sort(),
    );
    for (const p of problems) expect(p.message).not.toMatch(/\n/);
    expect(problems.find((p) => p.input === 'image')?.message).toContain(
      '"reframe:pr-7\\n::error::owned"',
    );
  });

  it('reads lists separated by commas or newlines and numbers with units', () => {
    const settings = settingsFor(
      azureInputs({
        'vm-sizes': 'Standard_D4s_v5, Standard_D4as_v5\nStandard_F4s_v2',
        regions: 'WestEurope,northeurope',
        levels: '8, 32,128',
        duration: '2m',
        'load-agents': '3',
        'storage-account': 'benchhistory',
        'storage-container': 'reports',
      }),
    );

    expect(settings.vmSizes).toEqual(['Standard_D4s_v5', 'Standard_D4as_v5', 'Standard_F4s_v2']);
    expect(settings.regions).toEqual(['westeurope', 'northeurope']);
    expect(settings.levels).toEqual([8, 32, 128]);
    expect(settings.durationMs).toBe(120_000);
    expect(settings.loadAgents).toBe(3);
    expect(settings.storage).toEqual({ account: 'benchhistory', container: 'reports' });
    expect(settings.azure?.subscriptionId).toBe('33333333-3333-3333-3333-333333333333');
  });

  it('does not ask for Azure ids in plan mode', () => {
    const settings = settingsFor({
      config: 'configs/reframe-pr.yml',
      mode: 'plan',
      provider: 'azure',
    });

    expect(settings.mode).toBe('plan');
    expect(settings.provider).toBe('azure');
    expect(settings.azure).toBeUndefined();
  });

  it('reports every problem at once, each naming its input and what to do', () => {
    const problems = problemsFor({
      config: '',
      provider: 'gcp',
      mode: 'janitor-ish',
      comment: 'loudly',
      'fail-on': 'warning',
      'vm-sizes': 'Standard D4s v5',
      regions: 'West Europe',
      'load-agents': '2.5',
      levels: '8,-1',
      duration: '1 week',
      'azure-tenant-id': 'not-a-guid',
      'acr-name': 'myacr.azurecr.io',
      'storage-account': 'Bench_History',
      'comment-id': 'a -->b',
    });

    expect(problems.map((p) => p.input).sort()).toEqual(
      [
        'acr-name',
        'azure-tenant-id',
        'comment',
        'comment-id',
        'config',
        'duration',
        'fail-on',
        'levels',
        'load-agents',
        'mode',
        'provider',
        'regions',
        'storage-account',
        'storage-container',
        'vm-sizes',
      ].sort(),
    );
    for (const p of problems) {
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.hint).toMatch(/[A-Za-z]/);
    }
  });

  it('requires the three Azure ids for an Azure run and says where they come from', () => {
    const problems = problemsFor(
      azureInputs({ 'azure-tenant-id': '', 'azure-client-id': '', 'azure-subscription-id': '' }),
    );

    expect(problems.map((p) => p.input)).toEqual([
      'azure-tenant-id',
      'azure-client-id',
      'azure-subscription-id',
    ]);
    expect(problems[0]?.hint).toContain('${{ vars.AZURE_TENANT_ID }}');
  });

  it('refuses janitor mode for a provider other than azure', () => {
    const problems = problemsFor({ provider: 'local', mode: 'janitor' });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ input: 'mode' });
  });

  it('gives the error a stable code and a message listing each problem', () => {
    restore = withEnv({ provider: 'aws', config: 'x.yml' });
    let caught: unknown;
    try {
      getActionSettings();
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'INPUT_INVALID', kind: 'input' });
    expect((caught as Error).message).toContain(
      '- provider: "aws" is not allowed. Use one of: azure, local, url.',
    );
  });
});
