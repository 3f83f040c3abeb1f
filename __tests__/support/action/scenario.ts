/**
 * Shared set-up of the action's process-level tests: a same-repository pull request, valid
 * Azure inputs, a fake OIDC endpoint in the environment and a fake pipeline module.
 */
import type { GitHubApiFake } from '../github-api-fake.js';
import { createRunnerFiles, type RunnerFiles } from './action-process.js';
import {
  writeFakePipeline,
  type FakePipelineBehaviour,
  type FakePipelineFiles,
} from './fake-pipeline.js';
import { sampleRunReport } from '../reports/sample-report.js';

/** A token value the tests look for in places it must never appear. */
export const TEST_TOKEN = 'ghs_TestTokenThatMustNeverBeSaved123';

/** Pull request number used by the events. */
export const PR_NUMBER = 7;

/** A `pull_request` payload from the same repository or from a fork. */
export function pullRequestEvent(headRepository = 'plasmatic/reframe'): unknown {
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      head: { ref: 'feature', repo: { full_name: headRepository } },
      base: { ref: 'main', repo: { full_name: 'plasmatic/reframe' } },
    },
    repository: { full_name: 'plasmatic/reframe' },
  };
}

/** Inputs of a valid Azure run. */
export function azureInputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    config: 'configs/reframe-pr.yml',
    provider: 'azure',
    image: 'acr.example/reframe:pr-7',
    'baseline-image': 'acr.example/reframe:main',
    'vm-sizes': 'Standard_D4s_v5',
    regions: 'westeurope',
    'load-agents': '1',
    'azure-tenant-id': '11111111-1111-1111-1111-111111111111',
    'azure-client-id': '22222222-2222-2222-2222-222222222222',
    'azure-subscription-id': '33333333-3333-3333-3333-333333333333',
    comment: 'always',
    'comment-id': 'default',
    'fail-on': 'regression',
    'github-token': TEST_TOKEN,
    mode: 'run',
    ...overrides,
  };
}

/** The default fake pipeline behaviour: a passing run with two levels. */
export function passingBehaviour(
  overrides: Partial<FakePipelineBehaviour> = {},
): FakePipelineBehaviour {
  return {
    report: sampleRunReport([
      { level: 8, successRps: 1234.56, p50Us: 2100, p99Us: 9870, errorRate: 0 },
      { level: 32, successRps: 2500.04, p50Us: 6400, p99Us: 25_000, errorRate: 0.0012 },
    ]),
    verdict: 'no-change',
    resourceGroup: 'bench-plasmatic-reframe-4242-1-bench',
    ...overrides,
  };
}

/** Everything one process-level test needs. */
export interface ActionScenario {
  /** The runner's files. */
  files: RunnerFiles;
  /** The fake pipeline module and its log. */
  pipeline: FakePipelineFiles;
  /** Environment for `runStep`. */
  env: Record<string, string>;
}

/** Creates runner files for `event`, writes the fake pipeline and builds the environment. */
export function createScenario(
  event: unknown,
  behaviour: FakePipelineBehaviour,
  api?: GitHubApiFake,
): ActionScenario {
  const files = createRunnerFiles(event);
  const pipeline = writeFakePipeline(files.dir, behaviour);
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: 'pull_request',
    BENCH_TEST_PIPELINE_MODULE: pipeline.modulePath,
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
  };
  if (api) env.GITHUB_API_URL = api.url;
  return { files, pipeline, env };
}
