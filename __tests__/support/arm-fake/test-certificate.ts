/**
 * A self-signed certificate for IP 127.0.0.1, made with openssl at test time. The Azure SDK
 * refuses bearer tokens over plain HTTP, so loopback fakes of Azure endpoints speak HTTPS; the
 * clients trust this certificate through their `tlsOptions.ca`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM key and certificate (the certificate is its own CA). */
export interface TestCertificate {
  /** Private key, PEM. */
  key: string;
  /** Certificate, PEM; pass it as `ca` to trust the server. */
  cert: string;
}

let cached: TestCertificate | undefined;

/** Creates (once per process) a certificate valid for 127.0.0.1. */
export function createTestCertificate(): TestCertificate {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'bench-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'ignore' },
    );
    cached = { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
