/** The pure plan of `bench setup azure`: subjects per trigger, names within Azure's rules, every problem at once. */
import { describe, expect, it } from 'vitest';
import { matchesRule } from '../../src/core/config/value-rules.js';
import { BenchError } from '../../src/core/errors.js';
import {
  describeSetupRequests,
  oidcSubject,
  planAzureSetup,
  type AzureSetupInput,
} from '../../src/core/azure/setup-plan.js';

const input: AzureSetupInput = {
  repository: 'plasmatic/reframe',
  subscriptionId: '11111111-2222-3333-4444-555555555555',
  location: 'westeurope',
  namePrefix: 'bench',
  triggers: ['pull_request', 'main'],
};

describe('oidcSubject', () => {
  it.each([
    ['pull_request', 'repo:plasmatic/reframe:pull_request'],
    ['main', 'repo:plasmatic/reframe:ref:refs/heads/main'],
    ['branch:release/2.x', 'repo:plasmatic/reframe:ref:refs/heads/release/2.x'],
    ['tag:v1.2.0', 'repo:plasmatic/reframe:ref:refs/tags/v1.2.0'],
    ['environment:benchmarks', 'repo:plasmatic/reframe:environment:benchmarks'],
  ])('turns %s into the subject GitHub sends', (trigger, subject) => {
    expect(oidcSubject('plasmatic/reframe', trigger)).toBe(subject);
  });
});

describe('planAzureSetup', () => {
  it('keeps generated names within the storage account and registry rules, even for a long repository', () => {
    const plan = planAzureSetup({
      ...input,
      repository: 'plasmatic/an-uncommonly-long-repository-name-for-a-product',
    });
    expect(plan.storageAccount.length).toBeLessThanOrEqual(24);
    expect(matchesRule('storageAccount', plan.storageAccount)).toBe(true);
    expect(matchesRule('acrName', plan.acrName)).toBe(true);
    expect(plan.container).toBe('bench');
  });

  it('gives two subscriptions different global names for the same repository', () => {
    const other = planAzureSetup({
      ...input,
      subscriptionId: '99999999-2222-3333-4444-555555555555',
    });
    expect(other.storageAccount).not.toBe(planAzureSetup(input).storageAccount);
  });

  it('lists every bad flag at once', () => {
    let thrown: unknown;
    try {
      planAzureSetup({
        ...input,
        repository: 'not a repo',
        subscriptionId: 'nope',
        namePrefix: 'Bench!',
        triggers: ['pull_request', 'main;reboot'],
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BenchError);
    const message = (thrown as BenchError).message;
    for (const flag of ['--repo', '--subscription', '--name-prefix', '--triggers']) {
      expect(message).toContain(`- ${flag}:`);
    }
    expect((thrown as BenchError).code).toBe('ARGUMENT_INVALID');
  });

  it('asks for one role assignment per REQUIRED_ROLES row and one credential per trigger', () => {
    const requests = describeSetupRequests(planAzureSetup(input));
    const paths = requests.map((r) => r.path);
    expect(paths.filter((p) => p.includes('/federatedIdentityCredentials/'))).toHaveLength(2);
    expect(paths.filter((p) => p.includes('/roleAssignments/'))).toHaveLength(5);
    expect(requests.every((r) => r.why.length > 0)).toBe(true);
  });
});
