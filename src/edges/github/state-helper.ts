/**
 * The state the main step hands to the post step. One module owns it so both steps agree on
 * keys and types. The runner keeps state in plain text on disk: nothing here is a secret, and
 * `saveActionState` refuses values that look like one.
 */
import * as core from '@actions/core';
import { StateKeys } from './constants.js';

/** What the post step needs to know about the main step. */
export interface ActionState {
  /** The main step got as far as reading its inputs. */
  started: boolean;
  /** Resource group created (or about to be created) for the run. */
  resourceGroup?: string;
  /** Subscription holding the resource group. */
  subscriptionId?: string;
  /** Report directory written by the main step. */
  reportDir?: string;
  /** Artifact name chosen by the main step. */
  artifactName?: string;
  /** The main step uploaded the artifact. */
  artifactUploaded: boolean;
  /** The main step finished publishing (summary, comment, outputs). */
  published: boolean;
  /** The main step was interrupted by SIGINT/SIGTERM. */
  interrupted: boolean;
}

/** State before anything was saved. */
export const EMPTY_STATE: ActionState = {
  started: false,
  artifactUploaded: false,
  published: false,
  interrupted: false,
};

const FIELD_KEYS: { [K in keyof ActionState]-?: string } = {
  started: StateKeys.started,
  resourceGroup: StateKeys.resourceGroup,
  subscriptionId: StateKeys.subscriptionId,
  reportDir: StateKeys.reportDir,
  artifactName: StateKeys.artifactName,
  artifactUploaded: StateKeys.artifactUploaded,
  published: StateKeys.published,
  interrupted: StateKeys.interrupted,
};

/** Values that must never reach state, registered by `forbidInState` (e.g. the GitHub token). */
const forbidden = new Set<string>();

/** Makes `saveActionState` drop any value containing `secret`. */
export function forbidInState(secret: string): void {
  if (secret.length >= 8) forbidden.add(secret);
}

/** Saves the given fields for the post step; fields left out keep their earlier value. */
export function saveActionState(patch: Partial<ActionState>): void {
  for (const [field, value] of Object.entries(patch) as [
    keyof ActionState,
    string | boolean | undefined,
  ][]) {
    if (value === undefined) continue;
    const text = String(value);
    if ([...forbidden].some((secret) => text.includes(secret))) {
      core.warning(`Not saving state '${field}': its value contains a secret.`);
      continue;
    }
    core.saveState(FIELD_KEYS[field], text);
  }
}

/** Reads the state saved by the main step (`STATE_*` variables set by the runner). */
export function readActionState(): ActionState {
  const text = (field: keyof ActionState) => core.getState(FIELD_KEYS[field]);
  const optional = (field: keyof ActionState) => (text(field) === '' ? undefined : text(field));
  return {
    started: text('started') === 'true',
    resourceGroup: optional('resourceGroup'),
    subscriptionId: optional('subscriptionId'),
    reportDir: optional('reportDir'),
    artifactName: optional('artifactName'),
    artifactUploaded: text('artifactUploaded') === 'true',
    published: text('published') === 'true',
    interrupted: text('interrupted') === 'true',
  };
}
