/**
 * Every input, output and state key of the action, declared once. `action.yml` must list exactly
 * these inputs and outputs (a test compares them), so a rename happens in one place.
 */

/** Names of the action's inputs, as written in `action.yml` (hyphens kept). */
export const Inputs = {
  /** Path of the benchmark config file. */
  config: 'config',
  /** Where the target runs: `azure`, `local` or `url`. */
  provider: 'provider',
  /** Product to benchmark, from the products catalogue. */
  product: 'product',
  /** Products catalogue searched first, relative to the workspace. */
  productsDir: 'products-dir',
  /** Candidate image reference. */
  image: 'image',
  /** Baseline image reference for a same-session A/B comparison. */
  baselineImage: 'baseline-image',
  /** VM sizes, in order of preference. */
  vmSizes: 'vm-sizes',
  /** Azure regions, in order of preference. */
  regions: 'regions',
  /** Number of load VMs. */
  loadAgents: 'load-agents',
  /** Load levels overriding the config. */
  levels: 'levels',
  /** Measured duration per level overriding the config. */
  duration: 'duration',
  /** Entra ID tenant of the federated identity. */
  azureTenantId: 'azure-tenant-id',
  /** Client id of the federated identity. */
  azureClientId: 'azure-client-id',
  /** Subscription that receives the run's resource group. */
  azureSubscriptionId: 'azure-subscription-id',
  /** Resource id of the pre-created user-assigned identity the VMs run as. */
  azureVmIdentity: 'azure-vm-identity',
  /** Azure Container Registry holding the images. */
  acrName: 'acr-name',
  /** Storage account for report history. */
  storageAccount: 'storage-account',
  /** Blob container for report history. */
  storageContainer: 'storage-container',
  /** Image that runs the load-VM runner (Node 24). */
  runnerImage: 'runner-image',
  /** When to post the PR comment. */
  comment: 'comment',
  /** Pull request to comment on when the event names none (the fork `workflow_run` pattern). */
  prNumber: 'pr-number',
  /** Identifies the sticky comment, so several benchmarks can comment on one PR. */
  commentId: 'comment-id',
  /** What fails the step. */
  failOn: 'fail-on',
  /** Token used for the PR comment. */
  githubToken: 'github-token',
  /** mode aggregate: directory of the reports to compare. */
  reportsDir: 'reports-dir',
  /** mode aggregate: the SLO a level must meet. */
  slo: 'slo',
  /** `run`, `plan`, `janitor` or `aggregate`. */
  mode: 'mode',
} as const;
/** Name of one input. */
export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** Names of the action's outputs, as written in `action.yml`. */
export const Outputs = {
  /** Overall verdict, one of `Verdicts`. */
  verdict: 'verdict',
  /** Local directory holding the report files. */
  reportDir: 'report-dir',
  /** URL of the report in Blob storage, when stored there. */
  reportUrl: 'report-url',
  /** Name of the workflow artifact with the report directory. */
  artifactName: 'artifact-name',
  /** Link to the workflow artifact, when one was uploaded. */
  artifactUrl: 'artifact-url',
  /** Link to the sticky PR comment, when one was written. */
  commentUrl: 'comment-url',
  /** Successful requests per second at the headline level. */
  rps: 'rps',
  /** Median latency at the headline level, milliseconds. */
  p50Ms: 'p50-ms',
  /** 99th percentile latency at the headline level, milliseconds. */
  p99Ms: 'p99-ms',
  /** Error rate at the headline level, as a fraction. */
  errorRate: 'error-rate',
  /** JSON list of the findings behind the verdict (regressions and failed thresholds). */
  regressions: 'regressions',
  /** Azure resource group of the run. */
  resourceGroup: 'resource-group',
  /** Link to the branch's `history.html`, when history in Blob is set. */
  historyUrl: 'history-url',
  /** mode aggregate: JSON list of the recommended size per scenario. */
  recommendation: 'recommendation',
  /** JSON list of the level shifts found in the branch's recent history. */
  changePoints: 'change-points',
} as const;
/** Name of one output. */
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/**
 * Keys of the state the main step hands to the post step (`GITHUB_STATE` → `STATE_<key>`).
 * Never a secret: the runner stores state in plain text.
 */
export const StateKeys = {
  /** Marks that the main step started, so the post step knows state is authoritative. */
  started: 'bench-started',
  /** Resource group created (or about to be created) for this run. */
  resourceGroup: 'bench-resource-group',
  /** Subscription holding the resource group. */
  subscriptionId: 'bench-subscription-id',
  /** Report directory written by the main step. */
  reportDir: 'bench-report-dir',
  /** Artifact name chosen by the main step. */
  artifactName: 'bench-artifact-name',
  /** `true` once the main step uploaded the artifact. */
  artifactUploaded: 'bench-artifact-uploaded',
  /** `true` once the main step finished publishing (summary, comment, outputs). */
  published: 'bench-published',
  /** `true` when the main step was interrupted by SIGINT/SIGTERM. */
  interrupted: 'bench-interrupted',
} as const;
/** Name of one state key. */
export type StateKey = (typeof StateKeys)[keyof typeof StateKeys];

/** Values of the `provider` input. */
export const Providers = ['azure', 'local', 'url'] as const;
/** Where the target runs. */
export type Provider = (typeof Providers)[number];

/** Values of the `comment` input. */
export const CommentModes = ['always', 'on-regression', 'never'] as const;
/** When the PR comment is posted. */
export type CommentMode = (typeof CommentModes)[number];

/** Values of the `fail-on` input (what fails the step is decided in `core/stats/verdict.ts`). */
export { FailOnModes, type FailOn } from '../../core/stats/verdict.js';

/** Values of the `mode` input. */
export const Modes = ['run', 'plan', 'preflight', 'janitor', 'aggregate'] as const;
/** What the action does. */
export type Mode = (typeof Modes)[number];

/** Values of the `verdict` output (decided in `core/stats/verdict.ts`). */
export { Verdicts, type Verdict } from '../../core/stats/verdict.js';
