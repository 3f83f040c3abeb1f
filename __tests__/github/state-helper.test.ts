/**
 * The state the main step hands to the post step (`edges/github/state-helper.ts`), written
 * through the real `@actions/core` to a `GITHUB_STATE` file as the runner provides it, and
 * read back the way the runner does: each saved key becomes a `STATE_<key>` variable of the
 * post step. The runner keeps that file in plain text, so a value holding a registered secret
 * must never reach it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EMPTY_STATE,
  forbidInState,
  readActionState,
  saveActionState,
} from '../../src/edges/github/state-helper.js';
import { withEnv } from '../support/action/env.js';

let dir: string;
let stateFile: string;
let restore: () => void;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bench-state-'));
  stateFile = path.join(dir, 'state');
  await writeFile(stateFile, '');
  restore = withEnv({}, { GITHUB_STATE: stateFile });
});

afterEach(async () => {
  restore();
  await rm(dir, { recursive: true, force: true });
});

/**
 * The saved keys and values, parsed from the runner's file-command format
 * (`name<<delimiter\nvalue\ndelimiter\n`, one block per `core.saveState`).
 */
async function savedState(): Promise<Record<string, string>> {
  const text = await readFile(stateFile, 'utf8');
  const saved: Record<string, string> = {};
  const block = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(block)) saved[m[1] ?? ''] = m[3] ?? '';
  return saved;
}

/** Hands the saved state to this process the way the runner hands it to the post step. */
async function becomePostStep(): Promise<void> {
  for (const [key, value] of Object.entries(await savedState())) {
    process.env[`STATE_${key}`] = value;
  }
}

describe('saveActionState and readActionState', () => {
  it('hands every field to the post step under its own key, booleans as true/false', async () => {
    saveActionState({
      started: true,
      resourceGroup: 'bench-rg-1',
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      reportDir: '/work/reports/run-1',
      artifactName: 'bench-report-1',
      artifactUploaded: true,
      published: false,
      interrupted: true,
    });
    expect(await savedState()).toEqual({
      'bench-started': 'true',
      'bench-resource-group': 'bench-rg-1',
      'bench-subscription-id': '00000000-0000-0000-0000-000000000001',
      'bench-report-dir': '/work/reports/run-1',
      'bench-artifact-name': 'bench-report-1',
      'bench-artifact-uploaded': 'true',
      'bench-published': 'false',
      'bench-interrupted': 'true',
    });
    await becomePostStep();
    expect(readActionState()).toEqual({
      started: true,
      resourceGroup: 'bench-rg-1',
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      reportDir: '/work/reports/run-1',
      artifactName: 'bench-report-1',
      artifactUploaded: true,
      published: false,
      interrupted: true,
    });
    // Every flag read back as written, the other way round too.
    saveActionState({
      started: false,
      artifactUploaded: false,
      published: true,
      interrupted: false,
    });
    await becomePostStep();
    expect(readActionState()).toMatchObject({
      started: false,
      artifactUploaded: false,
      published: true,
      interrupted: false,
    });
  });

  it('reads an empty state as nothing started and no optional field set', () => {
    expect(readActionState()).toEqual({
      ...EMPTY_STATE,
      resourceGroup: undefined,
      subscriptionId: undefined,
      reportDir: undefined,
      artifactName: undefined,
    });
  });

  it('saves only the fields given', async () => {
    saveActionState({ resourceGroup: 'bench-rg-2', reportDir: undefined });
    expect(await savedState()).toEqual({ 'bench-resource-group': 'bench-rg-2' });
  });
});

describe('forbidInState', () => {
  it('refuses to save a value that contains a registered secret, and saves the other fields', async () => {
    const token = 'ghs_0123456789abcdefTOKEN';
    forbidInState(token);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      saveActionState({ started: true, reportDir: `/tmp/${token}/report`, artifactName: 'a-1' });
    } finally {
      spy.mockRestore();
    }
    // The runner's log says which field was dropped, without the value.
    expect(written.join('')).toContain(
      "::warning::Not saving state 'reportDir': its value contains a secret.",
    );
    expect(written.join('')).not.toContain(token);
    const text = await readFile(stateFile, 'utf8');
    expect(text).not.toContain(token);
    expect(await savedState()).toEqual({ 'bench-started': 'true', 'bench-artifact-name': 'a-1' });
  });

  it('registers secrets of 8 characters or more; shorter ones would blank out ordinary values', async () => {
    forbidInState('12345678');
    forbidInState('1234567');
    saveActionState({ resourceGroup: 'rg-1234567-x', reportDir: '/r/12345678' });
    expect(await savedState()).toEqual({ 'bench-resource-group': 'rg-1234567-x' });
  });
});
