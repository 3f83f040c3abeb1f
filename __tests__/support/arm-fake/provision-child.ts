/**
 * A separate process that provisions a run against the ARM fake and records the group name in
 * a file first, the way the action's main step saves state. Tests kill it mid-way to show that
 * clean-up from the recorded state alone leaves nothing behind.
 * Usage: node --import tsx provision-child.ts <endpoint> <ca-file> <state-file>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createArmContext } from '../../../src/edges/azure/arm-context.js';
import { provisionRun } from '../../../src/edges/azure/fleet.js';
import { sampleRunSpec, testSubscriptionId } from './fake-arm-context.js';

const [endpoint, caFile, stateFile] = process.argv.slice(2);
if (!endpoint || !caFile || !stateFile)
  throw new Error('usage: provision-child <endpoint> <ca-file> <state-file>');

const ctx = createArmContext({
  credential: {
    getToken: () => Promise.resolve({ token: 'x', expiresOnTimestamp: Date.now() + 3600e3 }),
  },
  subscriptionId: testSubscriptionId,
  endpoint,
  ca: readFileSync(caFile, 'utf8'),
  pollIntervalMs: 1,
});
await provisionRun(ctx, sampleRunSpec(), {
  recordState: (name) => writeFileSync(stateFile, name),
});
