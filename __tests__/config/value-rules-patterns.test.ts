/**
 * The edges of each value rule: a character that may start or end a value and one that may not,
 * the shortest and longest lengths and one past them, and a valid value with something glued
 * before or after it (a rule that lost an anchor accepts `x<valid>` or `<valid>;id`). Each
 * refusal names what the value must look like, since that text is what the user is told.
 */
import { describe, expect, it } from 'vitest';
import { checkSafeValue } from '../../src/core/azure/shell-safety.js';
import {
  matchesRule,
  normalizeValue,
  type ValueKind,
  valueRules,
} from '../../src/core/config/value-rules.js';

const GUID = '0123abcd-ABCD-4567-89ef-0123456789AB';
const DIGEST = `@sha256:${'a1'.repeat(32)}`;
const IDENTITY = `/subscriptions/${GUID}/resourceGroups/bench-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bench-vm`;

const CASES: Record<ValueKind, { accepted: string[]; refused: string[] }> = {
  guid: {
    accepted: [GUID, '00000000-0000-0000-0000-000000000000'],
    refused: [`x${GUID}`, `${GUID}0`, GUID.replace('0', 'g'), GUID.slice(1), `${GUID}\n`],
  },
  imageByDigest: {
    accepted: [
      `benchacr.azurecr.io/reframe${DIGEST}`,
      `benchacr.azurecr.io/reframe:1.2${DIGEST}`,
      `localhost:5000/app${DIGEST}`,
      `reframe${DIGEST}`,
    ],
    refused: [
      'benchacr.azurecr.io/reframe:1.2',
      `x/${DIGEST}`,
      `benchacr.azurecr.io/reframe${DIGEST}0`,
      `benchacr.azurecr.io/Reframe${DIGEST}`,
      ` reframe${DIGEST}`,
    ],
  },
  image: {
    accepted: [
      'benchacr.azurecr.io/reframe:1.2',
      'localhost:5000/app:1.0',
      'registry-1.example.com/team/app:v2',
      `benchacr.azurecr.io/reframe${DIGEST}`,
      `reframe:latest${DIGEST}`,
      `reframe:${'a'.repeat(128)}`,
    ],
    refused: [
      'benchacr.azurecr.io/reframe',
      `reframe:${'a'.repeat(129)}`,
      'reframe:-x',
      'reframe:1;id',
      'x reframe:1',
      'reframe:1 ',
      '-host/app:1',
      'host-/app:1',
    ],
  },
  acrName: {
    accepted: ['bench', 'BenchAcr1', 'a'.repeat(50)],
    refused: ['benc', 'a'.repeat(51), 'bench-acr12', 'benchacr.azurecr.io', 'benchacr!'],
  },
  storageAccount: {
    accepted: ['abc', 'benchstore1', 'a'.repeat(24)],
    refused: ['ab', 'a'.repeat(25), 'benchstore-x', 'BenchStore', 'x benchstore'],
  },
  storageContainer: {
    accepted: ['abc', 'my-results', 'a-b-c', 'a'.repeat(63)],
    refused: ['ab', 'a'.repeat(64), '-results', 'results-', 'my--results', 'Results', 'a_b'],
  },
  vmSize: {
    accepted: ['Standard_F4', 'Standard_D4s_v5', 'Standard_M8-2ms_v2', 'Standard_A_b_c_d_e'],
    refused: ['xStandard_D4s_v5', 'Standard_D4s_v5 ', 'Standard_A_b_c_d_e_f', 'Standard_'],
  },
  region: {
    accepted: ['eastus2', 'ab', `a${'b'.repeat(39)}`],
    refused: ['a', `a${'b'.repeat(40)}`, '2east', 'westEurope', 'west-europe'],
  },
  envName: {
    accepted: ['RUST_LOG', '_x', 'a', `A${'b'.repeat(127)}`],
    refused: ['1X', `A${'b'.repeat(128)}`, 'A-B', 'A B', ''],
  },
  urlPath: {
    accepted: ['/', '/health', '/api/v1/', '/a/b/c', '/x~y@z:1,2=3%20'],
    // The last one made the earlier pattern, with a nested quantifier, backtrack exponentially.
    refused: ['', 'health', '/a b', '/a"b', '/$(id)', '//', '/a//', `/${'a'.repeat(64)} `],
  },
  identityResourceId: {
    accepted: [IDENTITY],
    refused: [`x${IDENTITY}`, `${IDENTITY};id`, IDENTITY.replace('bench-vm', 'vm'), ''],
  },
  resourceGroupName: {
    accepted: ['a', 'bench-rg', 'rg.(1)_x', 'a'.repeat(90)],
    refused: ['', 'rg.', 'a'.repeat(91), 'rg x', 'rg;id'],
  },
  githubRepository: {
    accepted: [
      'plasmatic/reframe',
      'a/b',
      'a-b/c.d_e',
      `${'a'.repeat(39)}/x`,
      `a/${'b'.repeat(100)}`,
    ],
    refused: [
      '-plasmatic/reframe',
      'plasmatic/re frame',
      'plasmatic/reframe;id',
      `${'a'.repeat(40)}/x`,
      `a/${'b'.repeat(101)}`,
      'plasmatic',
      'a_b/c',
      'a/b/c',
    ],
  },
  namePrefix: {
    accepted: ['bench', 'b1', `b${'1'.repeat(11)}`],
    refused: ['b', `b${'1'.repeat(12)}`, '1bench', 'bench-x', 'Bench', 'xbench;'],
  },
  commentId: {
    accepted: ['reframe-pr', 'a', 'A.b_c-d', `a${'b'.repeat(63)}`],
    refused: ['', '-pr', `a${'b'.repeat(64)}`, 'a b', 'a/b'],
  },
};

/** What each refusal must tell the user, in the rule's own words. */
const EXPECTED: Record<ValueKind, string> = {
  guid: 'a GUID like 00000000-0000-0000-0000-000000000000',
  imageByDigest: 'pinned by digest: registry/name[:tag]@sha256:<64 hex>',
  image: 'an image reference with a tag or digest',
  acrName: '5-50 letters or digits',
  storageAccount: '3-24 lower-case letters or digits',
  storageContainer: '3-63 lower-case letters, digits and single hyphens',
  vmSize: 'an Azure VM size in its exact spelling',
  region: 'a programmatic Azure region name like westeurope',
  envName: 'letters, digits and underscores, not starting with a digit',
  urlPath: 'a URL path starting with /',
  identityResourceId: 'a user-assigned identity resource id',
  resourceGroupName: 'up to 90 characters, not ending in .',
  githubRepository: 'a GitHub repository as owner/name',
  namePrefix: '2-12 lower-case letters or digits, starting with a letter',
  commentId: 'up to 64 letters, digits, dots, underscores or hyphens',
};

const kinds = Object.keys(CASES) as ValueKind[];

describe('value rules at their edges', () => {
  it('covers every kind of value', () => {
    expect(kinds.toSorted()).toEqual(Object.keys(valueRules).toSorted());
  });

  describe.each(kinds)('%s', (kind) => {
    it.each(CASES[kind].accepted)('accepts %j', (value) => {
      expect(matchesRule(kind, value)).toBe(true);
      expect(checkSafeValue(kind, kind, value)).toBeUndefined();
    });
    it.each(CASES[kind].refused)('refuses %j and says what it must look like', (value) => {
      expect(matchesRule(kind, value)).toBe(false);
      const refusal = checkSafeValue(kind, 'the-field', value);
      expect(refusal?.field).toBe('the-field');
      expect(refusal?.expected).toContain(EXPECTED[kind]);
    });
  });
});

describe('matchesRule and normalizeValue', () => {
  it('refuses a value that is not a string even when it prints as a valid one', () => {
    expect(matchesRule('region', ['westeurope'])).toBe(false);
    expect(matchesRule('storageAccount', 12345)).toBe(false);
    expect(matchesRule('region', { toString: () => 'westeurope' })).toBe(false);
  });

  it('trims every kind of value and lower-cases region names only', () => {
    expect(normalizeValue('vmSize', '  Standard_D4s_v5\t')).toBe('Standard_D4s_v5');
    expect(normalizeValue('region', ' WestEurope ')).toBe('westeurope');
    expect(normalizeValue('acrName', ' BenchAcr ')).toBe('BenchAcr');
    expect(normalizeValue('commentId', 'Reframe-PR')).toBe('Reframe-PR');
  });
});
