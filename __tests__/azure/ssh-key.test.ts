/**
 * The throwaway admin key a Linux VM must be given: a fresh OpenSSH RSA public key each time,
 * in the wire format Azure and OpenSSH read. The format is checked by decoding it here and, as
 * an independent reader, by `ssh-keygen` (package openssh-client; CI installs it).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateAzureRunSpec } from '../../src/core/azure/resource-specs.js';
import { generateThrowawaySshPublicKey } from '../../src/edges/azure/ssh-key.js';
import { sampleRunSpec } from '../support/arm-fake/fake-arm-context.js';
import { onPath, skipForMissingTool } from '../support/test-tools.js';

/** The length-prefixed fields of an OpenSSH public key blob. */
function sshFields(blob: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let at = 0;
  while (at < blob.length) {
    const length = blob.readUInt32BE(at);
    fields.push(blob.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  expect(at).toBe(blob.length);
  return fields;
}

describe('generateThrowawaySshPublicKey', () => {
  it('makes a fresh key each time that the VM spec accepts', () => {
    const a = generateThrowawaySshPublicKey();
    const b = generateThrowawaySshPublicKey();
    expect(a).not.toBe(b);
    expect(validateAzureRunSpec(sampleRunSpec({ sshPublicKey: a }))).toEqual([]);
  });

  it('writes an ssh-rsa line whose blob holds the exponent 65537 and a 3072-bit modulus', () => {
    const [type, base64, comment, ...rest] = generateThrowawaySshPublicKey().split(' ');
    expect([type, comment, rest]).toEqual(['ssh-rsa', 'bench-throwaway', []]);
    const [name, exponent, modulus, ...more] = sshFields(Buffer.from(base64 ?? '', 'base64'));
    expect(more).toEqual([]);
    expect(name?.toString()).toBe('ssh-rsa');
    expect(exponent?.toString('hex')).toBe('010001');
    // An mpint with its high bit set carries a leading zero byte: 384 bytes of modulus + 1.
    expect(modulus?.length).toBe(385);
    expect(modulus?.[0]).toBe(0);
    expect((modulus?.[1] ?? 0) & 0x80).toBe(0x80);
  });

  it('is read by ssh-keygen as a 3072-bit RSA key', (ctx) => {
    if (!onPath('ssh-keygen')) {
      skipForMissingTool(ctx, 'ssh-keygen is missing (apt-get install openssh-client)');
      return;
    }
    const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', '-'], {
      input: generateThrowawaySshPublicKey(),
      encoding: 'utf8',
    });
    expect(fingerprint).toMatch(/^3072 SHA256:\S+ bench-throwaway \(RSA\)/);
  });
});
