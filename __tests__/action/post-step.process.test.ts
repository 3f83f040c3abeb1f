/**
 * The post step as the runner runs it: after the main step, with `STATE_*` variables parsed
 * from the main step's state file, or with no state at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runStep } from '../support/action/action-process.js';
import { readPipelineCalls } from '../support/action/fake-pipeline.js';
import {
  azureInputs,
  createScenario,
  passingBehaviour,
  pullRequestEvent,
  type ActionScenario,
} from '../support/action/scenario.js';
import type { FakePipelineBehaviour } from '../support/action/fake-pipeline.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function scenario(behaviour: FakePipelineBehaviour): ActionScenario {
  const s = createScenario(pullRequestEvent(), behaviour);
  cleanups.push(() => s.files.remove());
  return s;
}

const GROUP = 'bench-plasmatic-reframe-4242-1-bench';

describe('the post step', () => {
  it('deletes the group named in state and is harmless when run twice', async () => {
    const s = scenario(passingBehaviour({ failWith: 'deploy failed' }));
    const main = await runStep('main', s.files, {
      inputs: azureInputs(),
      env: s.env,
    });
    expect(main.code).toBe(1);

    const first = await runStep('post', s.files, {
      inputs: azureInputs(),
      env: s.env,
      state: main.state,
    });
    const second = await runStep('post', s.files, {
      inputs: azureInputs(),
      env: s.env,
      state: main.state,
    });

    for (const post of [first, second]) {
      expect(post.code, post.stdout).toBe(0);
      expect(post.stdout).toContain(`deleted ${GROUP}`);
      expect(post.stdout).not.toContain('::error::');
    }
    const cleanUps = readPipelineCalls(s.pipeline).filter((c) => c.call === 'cleanUp');
    expect(cleanUps).toHaveLength(2);
    expect(cleanUps[0]).toMatchObject({
      state: {
        started: true,
        resourceGroup: GROUP,
        subscriptionId: '33333333-3333-3333-3333-333333333333',
      },
    });
    // The main step uploaded the artifact already: the post step does not upload it again.
    expect(readPipelineCalls(s.pipeline).filter((c) => c.call === 'upload')).toHaveLength(1);
  });

  it('has nothing to do after a fork pull request, and says so without warning', async () => {
    const s = createScenario(pullRequestEvent('stranger/reframe'), passingBehaviour());
    cleanups.push(() => s.files.remove());
    const env = { ...s.env, ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' };
    const main = await runStep('main', s.files, { inputs: azureInputs(), env });

    const post = await runStep('post', s.files, { inputs: azureInputs(), env, state: main.state });

    expect(post.code).toBe(0);
    expect(post.stdout).toContain('did not provision (FORK_PULL_REQUEST): nothing to clean up');
    expect(post.stdout).not.toContain('::warning');
    expect(readPipelineCalls(s.pipeline)).toEqual([]);
  });

  it('searches by the run tags when the main step left no state', async () => {
    const s = scenario(passingBehaviour());

    const post = await runStep('post', s.files, { inputs: azureInputs(), env: s.env, state: {} });

    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toContain(
      'No state from the main step: looking for resource groups tagged with run 4242 attempt 1',
    );
    const cleanUp = readPipelineCalls(s.pipeline).find((c) => c.call === 'cleanUp');
    expect(cleanUp).toMatchObject({
      state: { started: false, artifactUploaded: false },
      // The job is made unique per matrix entry from the inputs (vm-sizes, regions).
      run: {
        repository: 'plasmatic/reframe',
        runId: '4242',
        runAttempt: 1,
        job: expect.stringMatching(/^bench-[0-9a-f]{8}$/) as unknown,
      },
    });
    expect(post.stdout).toContain('deleted rg-found-by-tags');
  });

  it('warns loudly with the group and the janitor command when deletion is not confirmed', async () => {
    const s = scenario(passingBehaviour({ cleanUpPending: [GROUP] }));
    const state = { 'bench-started': 'true', 'bench-resource-group': GROUP };

    const post = await runStep('post', s.files, { inputs: azureInputs(), env: s.env, state });

    expect(post.code, post.stdout).toBe(0);
    const warning = post.stdout.split('\n').find((line) => line.startsWith('::warning')) ?? '';
    expect(warning).toContain(`CLEAN-UP NOT CONFIRMED: resource group ${GROUP}`);
    expect(warning).toContain(`az group delete --name ${GROUP}`);
    expect(warning).toContain('mode: janitor');
  });

  it('never fails the job when clean-up throws', async () => {
    const s = scenario(passingBehaviour({ cleanUpFailsWith: 'ARM answered 500' }));
    const state = { 'bench-started': 'true', 'bench-resource-group': GROUP };

    const post = await runStep('post', s.files, { inputs: azureInputs(), env: s.env, state });

    expect(post.code).toBe(0);
    expect(post.stdout).toContain('ARM answered 500');
    expect(post.stdout).toContain(`az group delete --name ${GROUP}`);
    expect(post.stdout).not.toContain('::error::');
  });

  it('uploads the report artifact when the main step did not, once', async () => {
    const s = scenario(passingBehaviour());
    const main = await runStep('main', s.files, { inputs: azureInputs(), env: s.env });
    expect(main.code, main.stdout).toBe(0);
    // As if the main step had been killed before its upload.
    const state = { ...main.state, 'bench-artifact-uploaded': 'false' };

    await runStep('post', s.files, { inputs: azureInputs(), env: s.env, state });
    await runStep('post', s.files, { inputs: azureInputs(), env: s.env, state });

    const uploads = readPipelineCalls(s.pipeline).filter((c) => c.call === 'upload');
    expect(uploads).toHaveLength(2);
    expect(uploads[1]).toMatchObject({ name: main.outputs['artifact-name'] });
  });
});
