/**
 * Azure insists on a credential for a Linux VM's admin user. We give it an OpenSSH public key
 * whose private half is generated, never written anywhere and dropped at once: nobody can log
 * in, and the NSG allows no inbound traffic from outside the VNet anyway.
 */
import { generateKeyPairSync } from 'node:crypto';

/** OpenSSH wire encoding of a length-prefixed string. */
function sshString(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** OpenSSH mpint: big-endian, with a zero byte when the high bit is set. */
function sshMpint(base64url: string): Buffer {
  let bytes = Buffer.from(base64url, 'base64url');
  if (bytes.length > 0 && (bytes[0]! & 0x80) !== 0)
    bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return sshString(bytes);
}

/** A fresh `ssh-rsa` public key line whose private key is discarded. */
export function generateThrowawaySshPublicKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const jwk = publicKey.export({ format: 'jwk' });
  if (!jwk.e || !jwk.n) throw new Error('RSA key export lacked e or n');
  const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), sshMpint(jwk.e), sshMpint(jwk.n)]);
  return `ssh-rsa ${blob.toString('base64')} bench-throwaway`;
}
