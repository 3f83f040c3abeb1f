import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as cloudInit from '../../src/core/azure/cloud-init.js';
import { acrTokenUser, vmPaths } from '../../src/core/azure/cloud-init.js';
import { classifyArmError, parseRetryAfterMs } from '../../src/core/azure/classify-arm-error.js';
import {
  buildNicBody,
  buildNsgBody,
  buildVmBody,
  buildVnetBody,
  productCloudInitFor,
  ubuntuImage,
  validateAzureRunSpec,
  warnAboutRunSpec,
} from '../../src/core/azure/resource-specs.js';
import { describeVmSize } from '../../src/core/azure/vm-sizes.js';
import { sampleRunSpec } from '../support/arm-fake/fake-arm-context.js';
import { onPath, skipForMissingTool } from '../support/test-tools.js';

const tags = { 'managed-by': 'bench-action' };

describe('network bodies', () => {
  it('denies inbound traffic from the internet and allows it within the VNet', () => {
    const rules = buildNsgBody('westeurope', tags).securityRules;
    const internet = rules.find((r) => r.sourceAddressPrefix === 'Internet');
    const vnet = rules.find((r) => r.sourceAddressPrefix === 'VirtualNetwork');
    expect(internet).toMatchObject({
      direction: 'Inbound',
      access: 'Deny',
      destinationPortRange: '*',
    });
    expect(vnet).toMatchObject({ direction: 'Inbound', access: 'Allow' });
    expect(vnet!.priority).toBeLessThan(internet!.priority);
    expect(
      rules.some((r) => r.access === 'Allow' && r.sourceAddressPrefix !== 'VirtualNetwork'),
    ).toBe(false);
  });

  it('sends the subnet out through the NAT gateway only, without default outbound access', () => {
    const subnet = buildVnetBody('westeurope', tags, { nsgId: 'nsg', natGatewayId: 'nat' })
      .subnets[0];
    expect(subnet).toMatchObject({
      natGateway: { id: 'nat' },
      networkSecurityGroup: { id: 'nsg' },
      defaultOutboundAccess: false,
    });
  });

  it.each([
    ['Standard_D4s_v5', true],
    ['Standard_F8s_v2', true],
    ['Standard_B2s', false],
    ['Standard_Unknown_v9', false],
  ])('asks for accelerated networking on %s: %s', (size, expected) => {
    const nic = buildNicBody('westeurope', tags, 'subnet', size);
    expect(nic.enableAcceleratedNetworking).toBe(expected);
    expect(JSON.stringify(nic)).not.toMatch(/publicIPAddress/i);
  });
});

describe('VM body', () => {
  const vm = buildVmBody({
    location: 'westeurope',
    tags,
    vmSize: 'Standard_D4s_v5',
    computerName: 'bench-product',
    nicId: 'nic',
    placementGroupId: 'ppg',
    identityResourceId: sampleRunSpec().identityResourceId,
    cloudInit: '#cloud-config\n',
    sshPublicKey: sampleRunSpec().sshPublicKey,
  });

  it('boots pinned Ubuntu 24.04 with no password, the user-assigned identity and disks deleted with it', () => {
    expect(vm.storageProfile.imageReference).toEqual(ubuntuImage);
    expect(ubuntuImage.version).toMatch(/^24\.04\.\d{9}$/);
    expect(vm.osProfile.linuxConfiguration.disablePasswordAuthentication).toBe(true);
    expect(vm.osProfile).not.toHaveProperty('adminPassword');
    expect(vm.identity).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: { [sampleRunSpec().identityResourceId]: {} },
    });
    expect(vm.storageProfile.osDisk.deleteOption).toBe('Delete');
    expect(vm.networkProfile.networkInterfaces[0]?.deleteOption).toBe('Delete');
    expect(vm.proximityPlacementGroup).toEqual({ id: 'ppg' });
    expect(Buffer.from(vm.osProfile.customData, 'base64').toString()).toBe('#cloud-config\n');
  });
});

describe('product cloud-init', () => {
  const text = productCloudInitFor(sampleRunSpec());
  const files = Object.fromEntries(
    [...text.matchAll(/- path: (\S+)\n(?: {4}.*\n)*? {4}content: ([A-Za-z0-9+/=]+)/g)].map((m) => [
      m[1]!,
      Buffer.from(m[2]!, 'base64').toString('utf8'),
    ]),
  );
  const script = files['/usr/local/bin/bench-product-start']!;

  it('logs in to ACR with the managed identity token exchange, never a password', () => {
    expect(script).toContain('http://169.254.169.254/metadata/identity/oauth2/token');
    expect(script).toContain('/oauth2/exchange');
    expect(script).toContain(`--username ${acrTokenUser} --password-stdin`);
    expect(text.toLowerCase()).not.toMatch(/password\s*[:=]/);
  });

  it('installs Docker from Ubuntu packages, pulls by digest and publishes the port on the private address only', () => {
    expect(script).toMatch(/apt-get -o DPkg::Lock::Timeout=\d+ install -y -q docker.io/);
    expect(files[vmPaths.productConf]).toMatch(/^BENCH_IMAGE='[^']+@sha256:[0-9a-f]{64}'$/m);
    expect(script).toContain('docker pull "$BENCH_IMAGE"');
    expect(script).toContain('-p "$private_ip:$BENCH_PORT:$BENCH_PORT"');
    expect(script).toContain(`--env-file ${vmPaths.productEnv}`);
  });

  it('starts a per-second sampler of CPU, memory, container counters and TCP states', () => {
    const sampler = files['/usr/local/bin/bench-sampler']!;
    for (const needle of [
      '/proc/stat',
      '/proc/meminfo',
      'memory.current',
      'cpu.stat',
      'ss -s',
      'sleep 1',
      vmPaths.samples,
    ]) {
      expect(sampler).toContain(needle);
    }
    expect(script).toContain('systemctl enable --now bench-sampler.service');
  });

  it('passes its shell scripts through bash -n', () => {
    const scripts = Object.entries(files).filter(([, content]) =>
      content.startsWith('#!/bin/bash'),
    );
    expect(scripts.map(([path]) => path)).toEqual(
      expect.arrayContaining([
        '/usr/local/bin/bench-product-start',
        '/usr/local/bin/bench-sampler',
      ]),
    );
    for (const [path, content] of scripts) {
      expect(() => execFileSync('bash', ['-n'], { input: content }), path).not.toThrow();
    }
  });
});

describe('VM scripts under shellcheck', () => {
  // Every bash script that reaches a VM: the files of the product's cloud-init and the scripts
  // cloud-init.ts exports (load VM preparation, run commands).
  const productFiles = Object.entries(
    Object.fromEntries(
      [
        ...productCloudInitFor(sampleRunSpec()).matchAll(
          /- path: (\S+)\n(?: {4}.*\n)*? {4}content: ([A-Za-z0-9+/=]+)/g,
        ),
      ].map((m) => [m[1]!, Buffer.from(m[2]!, 'base64').toString('utf8')]),
    ),
  );
  const exported = Object.entries(cloudInit).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  const scripts = [...productFiles, ...exported].filter(([, text]) =>
    text.startsWith('#!/bin/bash'),
  );

  it('finds the scripts it is meant to check', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(7);
  });

  it.for(scripts.map(([name, text]) => ({ name, text })))(
    '$name has no shellcheck warning',
    ({ text }, ctx) => {
      if (!onPath('shellcheck')) {
        skipForMissingTool(ctx, 'shellcheck is missing (apt-get install shellcheck)');
        return;
      }
      // Warnings and errors, not style notes. SC2034: the wait loops count with a variable they
      // never read (`for second in $(seq …)`), which is harmless.
      const result = spawnSync(
        'shellcheck',
        ['--shell=bash', '--severity=warning', '--exclude=SC2034', '--format=gcc', '-'],
        { input: text, encoding: 'utf8' },
      );
      expect(result.stdout).toBe('');
      expect(result.status).toBe(0);
    },
  );
});

describe('spec checks', () => {
  it('refuses burstable sizes unless allowed, and warns when allowed', () => {
    const spec = sampleRunSpec({ vmSizes: ['Standard_B2s'] });
    expect(validateAzureRunSpec(spec).map((p) => p.field)).toEqual(['vmSizes[0]']);
    const allowed = { ...spec, allowBurstable: true };
    expect(validateAzureRunSpec(allowed)).toEqual([]);
    expect(warnAboutRunSpec(allowed).join('\n')).toContain('burstable');
    expect(describeVmSize('Standard_B2s').burstable).toBe(true);
  });

  it('wants the product image pinned by digest', () => {
    const spec = sampleRunSpec({
      product: { ...sampleRunSpec().product, image: 'benchacr.azurecr.io/reframe:latest' },
    });
    expect(validateAzureRunSpec(spec).map((p) => p.field)).toEqual(['product.image']);
  });
});

describe('classifyArmError', () => {
  it.each([
    [{ code: 'SkuNotAvailable', statusCode: 409, message: '' }, 'capacity'],
    [
      {
        code: 'OperationNotAllowed',
        statusCode: 409,
        message: 'exceeding approved standardDSv5Family Cores quota',
      },
      'capacity',
    ],
    [{ code: 'OperationNotAllowed', statusCode: 409, message: 'something else' }, 'other'],
    [
      new Error('The long-running operation has failed. ZonalAllocationFailed. No room'),
      'capacity',
    ],
    [
      new Error('The long-running operation has failed. OverconstrainedAllocationRequest. x'),
      'capacity',
    ],
    [{ code: 'AuthorizationFailed', statusCode: 403, message: '' }, 'denied'],
    [{ code: 'RequestDisallowedByPolicy', statusCode: 403, message: '' }, 'denied'],
    [{ code: 'ResourceGroupNotFound', statusCode: 404, message: '' }, 'not-found'],
    [{ code: 'TooManyRequests', statusCode: 429, message: '' }, 'throttled'],
    [{ code: 'InternalServerError', statusCode: 500, message: '' }, 'transient'],
    [{ code: 'InvalidParameter', statusCode: 400, message: '' }, 'other'],
  ])('%j is %s', (error, expected) => {
    expect(classifyArmError(error)).toBe(expected);
  });

  it.each([
    ['17', 17_000],
    ['0', 0],
    ['Sun, 29 Nov 2026 04:00:30 GMT', 30_000],
    ['', undefined],
    ['soon', undefined],
  ])('reads Retry-After %j as %s ms', (value, expected) => {
    expect(parseRetryAfterMs(value, Date.parse('2026-11-29T04:00:00Z'))).toBe(expected);
  });
});
