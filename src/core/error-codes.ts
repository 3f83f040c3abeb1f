/**
 * Every error code bench-action reports, in one registry: what kind of failure it is (which
 * decides the exit code and whether the action calls it a target failure), what it means, and
 * what to do by default. `BenchError.code` is typed by this table, so a new code is added here
 * or not at all; `docs/errors.md` is generated from it (`npm run docs:errors`) and a test keeps
 * the two in step.
 */

/** Broad class of an error, which decides the exit code. */
export type ErrorKind = 'input' | 'target' | 'infrastructure' | 'internal';

/** One registered code. */
export interface ErrorCodeInfo {
  /** Class of failure: decides the exit code. */
  readonly kind: ErrorKind;
  /** What the code means, in one sentence (for docs/errors.md). */
  readonly meaning: string;
  /** What to do, used when the place that raises it has nothing more specific to say. */
  readonly hint: string;
}

function entry<K extends ErrorKind>(kind: K) {
  return (meaning: string, hint: string) => ({ kind, meaning, hint }) as const;
}
const input = entry('input');
const target = entry('target');
const infrastructure = entry('infrastructure');
const internal = entry('internal');

/** The registry, grouped by where the codes come from. */
export const errorCodes = {
  // Command line and action inputs.
  ARGUMENT_INVALID: input(
    'A command-line flag or argument is missing, unknown or malformed.',
    'Run `bench <command> --help` for the flags and their forms.',
  ),
  INPUT_INVALID: input(
    "One or more of the action's inputs are invalid (all are listed).",
    "Fix the step's `with:` block; docs/action.md lists every input and its values.",
  ),
  BODY_FILE_UNREADABLE: input(
    'The file given to --body-file cannot be read.',
    'Check the path (relative paths are from the current directory).',
  ),
  CONFIG_REQUIRED: input(
    'The run needs a config file and none was given.',
    'Set `config` (action) or pass a config file (CLI), e.g. configs/demo.yml.',
  ),
  FORK_PULL_REQUEST: input(
    'A pull request from a fork cannot sign in to Azure (read-only token, no OIDC token).',
    'Benchmark fork PRs from a `workflow_run` workflow; see docs/action.md#fork-pull-requests.',
  ),
  OIDC_UNAVAILABLE: input(
    'The runner offers no OIDC token, so the action cannot sign in to Azure.',
    'Add `permissions: id-token: write` to the job.',
  ),
  COMMAND_SCENARIO_CLOUD_UNSUPPORTED: input(
    'Command benchmarks (kind: command) run on this machine only for now; a cloud run would run them in the product image on the product VM, which is not built yet.',
    'Run the config with provider local (`bench run`, the default), or see `bench plan --provider azure` for how the cloud run would go.',
  ),
  COMMAND_DUET_UNSUPPORTED: input(
    'A command-benchmark A/B runs one side at a time (interleaved rounds); compare.mode: duet is for HTTP levels.',
    'Leave compare.mode out, or set it to interleaved, for a config of command scenarios.',
  ),
  MODE_UNAVAILABLE: input(
    'The requested mode does not apply to the chosen provider.',
    'Use mode: run, or provider: azure for plan and janitor.',
  ),

  // Config files, products and plans.
  PATH_OUTSIDE_WORKSPACE: input(
    'A path input of the action points outside the checked-out repository.',
    'Give a path inside the workspace, e.g. configs/reframe-pr.yml.',
  ),
  CONFIG_NOT_FOUND: input(
    'The config file does not exist or is not a readable regular file.',
    'Check the path; configs usually live in configs/, e.g. configs/demo.yml.',
  ),
  CONFIG_UNREADABLE: input(
    'The config file exists but cannot be used: a directory, a FIFO, a device, a symbolic link loop, too large (over 1 MiB) or not readable.',
    'Give the path of a regular YAML or JSON file of at most 1 MiB.',
  ),
  CONFIG_INVALID: input(
    'The config, a product or a scenario file has problems (every one is listed with its line).',
    'Fix the listed lines and run `bench validate <config>` to check again.',
  ),
  OVERRIDE_INVALID: input(
    'A value given on the command line or as an input to replace a config value is not usable.',
    'Give the value in the form the config key takes (see docs/config.md).',
  ),
  PRODUCT_MISSING: input(
    'The product named by the config is in none of the products catalogues searched.',
    'Check the product name, or point at a catalogue with `products-dir` (action) or --products-dir (CLI).',
  ),
  PRODUCT_INVALID: input(
    "A product's product.yml is missing or invalid.",
    'Fix products/<name>/product.yml; products/README.md describes it.',
  ),
  TARGET_PORT_CLASH: input(
    'The target and the baseline would listen on the same port.',
    'Give the baseline another port.',
  ),
  TARGET_NOT_URL: input(
    'provider: url needs a config whose target is a URL.',
    'Use provider: local to start the target on the runner, or give the config `target: { url: … }`.',
  ),
  TARGET_URL_INVALID: input(
    'The target URL is not a valid URL.',
    'Write target.url as http://host:port (optionally with a base path).',
  ),
  TARGET_COMMAND_EMPTY: input(
    'The target command is empty.',
    'Give target.command as a program and its arguments.',
  ),
  REQUEST_UNSAFE: input(
    'A scenario would write a line break or control character into a request (method, path or header): nothing was sent.',
    'Remove CR, LF and NUL from the method, path and header values; percent-encode the path.',
  ),
  TRANSPORT_UNSUPPORTED: input(
    'The chosen HTTP client cannot reach the target URL (e.g. the raw client and https).',
    'Use --transport auto or undici for https targets.',
  ),
  BASELINE_MISSING: input(
    'An A/B run was asked for but the plan has no baseline.',
    'Add `baseline:` to the config (same shape as `target:`).',
  ),
  DUET_NEEDS_TWO_CPUS: input(
    'A duet A/B was asked for on a machine (or affinity) with fewer than two CPUs to split.',
    'Use `compare.mode: interleaved`, or run where two or more CPUs are available.',
  ),
  NOTHING_MEASURED: input(
    'The run ended before any level was measured.',
    'Let the first level finish before interrupting.',
  ),

  // Reports on disk.
  REPORT_DIR_EXISTS: input(
    'The output directory already holds a report.',
    'Choose another output directory, delete the old report, or pass --overwrite to replace it.',
  ),
  REPORT_DIR_INVALID: input(
    'The output path exists and is not a directory, or cannot be created or written.',
    'Choose an output path that is a writable directory or does not exist yet.',
  ),
  REPORT_FILE_CLASH: input(
    'Two report files would have the same name.',
    'Give scenarios names that differ in letters or digits, not only in punctuation.',
  ),
  REPORT_DIR_MISSING: input(
    'The report folder to publish cannot be read.',
    'Pass the folder the report was written to (the `report-dir` output of the run).',
  ),
  REPORT_DIR_EMPTY: input(
    'The report folder to publish holds no files.',
    'Write the report (result.json and its renderings) before publishing it.',
  ),
  RESULT_NOT_FOUND: input(
    'A result.json to compare does not exist.',
    'Give the path of a result.json written by `bench run`.',
  ),
  RESULT_UNREADABLE: input(
    'A result.json to compare cannot be read.',
    'Check the file permissions and that it is a regular file.',
  ),
  RESULT_INVALID: input(
    'A result.json to compare is not JSON or not a bench result.',
    'Give a result.json written by `bench run` (schemas/result.schema.json describes it).',
  ),

  // The VM-size comparison: its reports and prices.
  REPORT_SET_NOT_FOUND: input(
    'The directory of reports to compare does not exist or is not a directory.',
    'Give the directory actions/download-artifact wrote the matrix reports to (its `path`).',
  ),
  REPORT_SET_EMPTY: input(
    'The directory of reports to compare holds no result.json.',
    "Download the matrix legs' report artifacts into it first (actions/download-artifact with a `pattern` and no `name`).",
  ),
  AGGREGATE_NO_REPORTS: input(
    'A size comparison was asked for with no reports.',
    'Give the result.json files of the matrix legs (e.g. the directory actions/download-artifact wrote).',
  ),
  AGGREGATE_NO_SIZES: input(
    'None of the reports to compare names a VM size and region (they are local runs).',
    'Compare the result.json files of Azure runs, one per matrix leg.',
  ),
  AGGREGATE_MIXED_PRODUCTS: input(
    'The reports to compare are of more than one product.',
    'Compare each product separately (one directory or run set per product).',
  ),
  PRICE_QUERY_INVALID: input(
    'A VM size, region or currency to price is not spelt as Azure spells it.',
    'Name sizes and regions as ARM does (Standard_D4s_v5, westeurope) and the currency as an ISO 4217 code.',
  ),
  PRICE_NOT_FOUND: input(
    'The Azure Retail Prices API lists no pay-as-you-go Linux price for a VM size in a region.',
    'Check the size and region spelling, or give the price in cloud.prices.table.',
  ),
  PRICES_QUERY_REJECTED: infrastructure(
    'The Azure Retail Prices API refused the query bench built (HTTP 400).',
    'The API may have changed; give prices in cloud.prices.table meanwhile, and report this with the message.',
  ),
  PRICES_API_UNAVAILABLE: infrastructure(
    'The Azure Retail Prices API gave no answer, or an error, after the retries.',
    'Check that the runner can reach prices.azure.com, or set cloud.prices.table (and source: table to stop asking the API).',
  ),
  PRICES_ANSWER_INVALID: infrastructure(
    'The Azure Retail Prices API answered something that is not a usable page of prices.',
    'Give prices in cloud.prices.table meanwhile (source: table stops asking the API).',
  ),

  // The target under test.
  TARGET_NOT_FOUND: target(
    "The target's program or working directory does not exist.",
    'Check target.command and target.cwd (relative paths are resolved from the config file).',
  ),
  TARGET_START_FAILED: target(
    'The target process or container could not be started.',
    'Check that the program exists and is executable, or that the image can be pulled.',
  ),
  TARGET_PORT_IN_USE: target(
    "Another process already listens on the target's port.",
    'Stop the other process, or give the target another port (or `port: auto`).',
  ),
  TARGET_EXITED: target(
    'The target process or container stopped before it was healthy or during the run.',
    'Run the command or image by hand to see why it stops; check its env.',
  ),
  TARGET_PIN_FAILED: target(
    'A duet could not pin a target process to its CPUs with `taskset`.',
    'Check that the target runs as this user and that `taskset -p` works on it; or use `compare.mode: interleaved`.',
  ),
  TARGET_UNHEALTHY: target(
    'The target never answered its health check in time.',
    'Check the health path and timeout, and what the target printed.',
  ),
  TARGET_UNREACHABLE: target(
    'The target URL refused connections or did not answer.',
    'Start the service first, or check the host and port of target.url.',
  ),
  SETUP_REQUEST_FAILED: target(
    'A setup request (run once before the levels, e.g. registering a workflow or channel) got no answer or failed its checks; the run stopped before any level.',
    'Read the status and the excerpt of the answer in the message; check the step in product.yml or the config (path, body file, checks) and that the target accepts it.',
  ),
  COMMAND_BENCHMARK_FAILED: target(
    'A command benchmark (kind: command) could not start, exited with a failure, or ran past its timeout.',
    'Run the command by hand in its cwd to see why (the message ends with what it printed); raise `timeout` if it is only slow.',
  ),
  DOCKER_UNAVAILABLE: target(
    'An image-based product was to run locally, and no Docker engine is available.',
    'Use target.url or target.command locally, or benchmark the image on Azure (--provider azure).',
  ),

  // Results of command benchmarks (criterion, DataFlow, the generic shape): written by the
  // product's benchmark command, so a bad file is the target's failure, not the user's input.
  COMMAND_RESULT_NOT_FOUND: target(
    'A results file or folder the benchmark command should have written does not exist.',
    "Check that the command ran to the end and where it writes (criterion: target/criterion, or $CARGO_TARGET_DIR/criterion); docs/command-benchmarks.md lists each format's files.",
  ),
  COMMAND_RESULT_UNREADABLE: target(
    'A results file or folder of a benchmark command exists but cannot be read.',
    'Check its permissions and that it is a regular file (or, for criterion, a folder).',
  ),
  COMMAND_RESULT_INVALID: target(
    'A results file of a benchmark command is not JSON or not in the shape of its format (the file and field are named).',
    'Check the named field; docs/command-benchmarks.md describes each format, schemas/command-result.schema.json the generic one.',
  ),
  COMMAND_RESULT_EMPTY: target(
    'The results of a benchmark command hold no benchmark.',
    'Check that the command ran its benchmarks (a filter that matches nothing leaves no results).',
  ),

  // Azure settings and set-up (caught before anything is created).
  AZURE_SETTINGS_INVALID: input(
    'Azure settings are missing or not usable (every one is listed with where it comes from).',
    'Give every setting listed (flags, environment variables or action inputs; see docs/azure.md). Nothing was sent to Azure.',
  ),
  AZURE_IDENTITY_MISSING: input(
    'No Azure identity (tenant, client and subscription ids) was given.',
    'Set the three azure-* inputs (or --tenant, --client, --subscription), usually from repository variables.',
  ),
  AZURE_IDENTITY_INVALID: input(
    'An Azure tenant or client id is not a GUID.',
    'Set the Directory (tenant) id and the Application (client) id of the identity trusted for GitHub OIDC.',
  ),
  AZURE_TARGET_NOT_IMAGE: input(
    "A cloud run deploys a container image, but the config's target is not an image.",
    'Use a product with `image:` in its product.yml (e.g. target: { product: reframe }), or run it locally.',
  ),
  AZURE_DUET_VCPUS: input(
    'A duet A/B on Azure was asked for with a product VM size whose vCPU count is not even and 4 or more (each container gets half).',
    'List only sizes with an even vCPU count of 4 or more (e.g. Standard_D4s_v5), or set `compare.mode: interleaved`.',
  ),
  AZURE_BASELINE_NOT_IMAGE: input(
    "A same-VM A/B on Azure runs two container images, but the config's baseline is not an image.",
    'Give `baseline-image` (action), or a config `baseline:` that names an image or a product with one.',
  ),
  AZURE_RUN_SPEC_INVALID: input(
    'A value that would reach a VM script or an ARM request is not safe.',
    'Fix the values listed (config, product.yml or Azure settings).',
  ),
  AZURE_UNSAFE_VALUE: input(
    'A value that would reach a VM script does not match its strict pattern.',
    'Fix these settings; values that reach a VM must match the expected form exactly.',
  ),
  AZURE_RUNNER_PARAMETER: input(
    'A load-VM runner parameter does not start with BENCH_.',
    'Rename the parameters; the load-VM runner reads only BENCH_* variables.',
  ),
  AZURE_STATE_MISSING: input(
    'The azure-state.json file to clean up after cannot be read.',
    'Pass the azure-state.json written into the report directory of the run to clean up.',
  ),
  AZURE_STATE_INVALID: input(
    'The given file is not a bench-action Azure state file.',
    'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.',
  ),
  IMAGE_REFERENCE_INVALID: input(
    'An image reference is not fully qualified.',
    'Write it as <registry>.azurecr.io/<repository>:<tag> or …@sha256:<digest>.',
  ),
  IMAGE_NOT_FOUND: input(
    'The image tag does not exist in the registry.',
    'Check the tag (was the image pushed before the benchmark started?).',
  ),
  HISTORY_STORAGE_MISSING: input(
    'Report history in Blob needs a storage account and container.',
    'Set storage-account and storage-container.',
  ),
  HISTORY_IDENTITY_MISSING: input(
    'Report history in Blob needs an Azure identity to sign in to the storage account.',
    'Set azure-tenant-id, azure-client-id and azure-subscription-id, or leave the storage inputs empty.',
  ),
  BLOB_SAS_NO_CREDENTIAL: input(
    'SAS URLs cannot be signed: the Blob client has neither an account key nor a token credential.',
    'Connect with a token credential (OIDC) or a connection string that holds an account key.',
  ),
  RUNNER_BUNDLE_MISSING: input(
    'The load-VM runner bundle (dist/runner/index.js) is missing.',
    'Build it with `npm run bundle` in the bench-action checkout.',
  ),
  RUN_PREFIX_EMPTY: input(
    'Refused to delete a whole exchange container through an empty run prefix.',
    'Pass the run prefix given to uploadRunnerInputs.',
  ),

  // The load-VM runner's own inputs.
  RUNNER_ARGS_INVALID: input(
    'A flag of the load-VM runner is unknown or has no value.',
    'Use the documented BENCH_* flags.',
  ),
  RUNNER_ENV_MISSING: input(
    'A BENCH_* variable the runner needs is not set.',
    'The action sets it for the load VM.',
  ),
  RUNNER_ENV_INVALID: input(
    'A BENCH_* variable of the runner has an unusable value.',
    'Set it as documented in docs/azure.md.',
  ),
  RUNNER_RESULTS_REFUSED: input(
    'Blob refused the results (HTTP 403 or 404): the results SAS is wrong or expired.',
    'Check BENCH_RESULTS_URL (a create+write SAS that has not expired).',
  ),
  PLAN_UNREADABLE: input(
    'The runner could not read its plan: the SAS URL is wrong, expired, or the plan was deleted.',
    'Start the runner with a fresh BENCH_PLAN_URL from the same run.',
  ),
  PLAN_INVALID: input(
    'plan.json is not a bench plan.',
    'Run the action and the runner from the same bench-action release.',
  ),
  PLAN_FORMAT_UNSUPPORTED: input(
    'plan.json is of a format this runner does not read.',
    'Run the action and the runner from the same bench-action release.',
  ),

  // Azure and Blob while a run is under way.
  AZURE_AUTHORIZATION_FAILED: infrastructure(
    'Azure refused a request for lack of a role or permission.',
    'Grant the role named in the message to the identity, at the scope named (see docs/azure.md, Roles).',
  ),
  AZURE_POLICY_DENIED: infrastructure(
    'An Azure Policy of the subscription refused a resource.',
    'Ask the subscription owner for an exemption, or change the value the policy refuses.',
  ),
  AZURE_NO_CAPACITY: infrastructure(
    'No VM size and region of the settings had room for a VM.',
    'Add sizes or regions, try later, or ask for more vCPU quota.',
  ),
  AZURE_PREFLIGHT_FAILED: infrastructure(
    "The preflight found the subscription's set-up not ready for a run (every failed check is listed with its fix); nothing was created.",
    'Fix each item listed (`bench doctor --provider azure` shows the checklist), or run `bench setup azure`.',
  ),
  AZURE_SETUP_FORBIDDEN: infrastructure(
    '`bench setup azure` may not assign a role the runs need: assigning roles needs Owner or User Access Administrator on the scope.',
    'Ask someone with Owner or User Access Administrator on the scope named to run `bench setup azure` (it skips what exists) or to make the assignment.',
  ),
  GITHUB_VARIABLES_FAILED: infrastructure(
    '`bench setup azure` could not set a repository variable through the GitHub API.',
    'Give a token with write access to the repository\'s variables (fine-grained "Variables: read and write", classic `repo`), or set the variables printed by hand.',
  ),
  AZURE_GROUP_TAKEN: infrastructure(
    "A resource group of the run's name exists and belongs to another run (its bench-run-id tag differs).",
    'Give each step and matrix leg its own run identity (job, inputs); never share a group, since its clean-up deletes the other run’s VMs.',
  ),
  AZURE_PROVIDER_UNREGISTERED: infrastructure(
    'The subscription has not registered a resource provider a run uses (MissingSubscriptionRegistration).',
    'Run `az provider register --namespace <namespace>` for Microsoft.Compute, Microsoft.Network, Microsoft.ManagedIdentity, Microsoft.Storage and Microsoft.ContainerRegistry, or `bench setup azure`.',
  ),
  AZURE_OS_IMAGE_MISSING: infrastructure(
    'The pinned Ubuntu image version (ubuntuImage in src/core/azure/resource-specs.ts) does not exist in a region the run may use.',
    'List the versions that exist with the az vm image list command in the message and pin one of them (Canonical keeps about two years of images).',
  ),
  AZURE_GROUP_BEING_DELETED: infrastructure(
    'A resource group of the same name is still being deleted.',
    'Re-run the job (a new attempt gets a new group name) or wait until the deletion has finished.',
  ),
  AZURE_REQUEST_FAILED: infrastructure(
    'An Azure request failed for another reason.',
    'Retry the run; if it keeps failing, check the Azure status page and the activity log of the resource group.',
  ),
  AZURE_NO_PRIVATE_IP: infrastructure(
    'A NIC has no private address after creation.',
    'Retry the run; report it if it happens again.',
  ),
  AZURE_CLEANUP_FAILED: infrastructure(
    "The run's resource group could not be deleted.",
    'Delete it with `az group delete --name <group> --yes --no-wait`, or run `bench janitor`.',
  ),
  AZURE_RUN_COMMAND_FAILED: infrastructure(
    'A run command on a VM failed.',
    "See the run command's error output; clean-up still deletes the run's resource group.",
  ),
  AZURE_RUN_COMMAND_TIMEOUT: infrastructure(
    'A run command on a VM did not finish in time.',
    'Raise the wait or the run command timeout, or look at what the VM is doing.',
  ),
  AZURE_RUNNER_FAILED: infrastructure(
    'The load runner failed on one or more load VMs.',
    'Read the runner log and status under the run prefix in the exchange container.',
  ),
  AZURE_RUNNER_STALLED: infrastructure(
    'A load agent stopped sending heartbeats.',
    'The load VM or its runner died; see the runner log in the exchange container and retry the run.',
  ),
  AZURE_ACR_UNAUTHORIZED: infrastructure(
    'The container registry refused the token exchange or the manifest read.',
    'Assign AcrPull on the registry to the identity the workflow signs in with.',
  ),
  AZURE_ACR_NO_DIGEST: infrastructure(
    'The container registry answered without a digest for the image.',
    'Retry the run; if it repeats, check the registry in the portal.',
  ),
  BLOB_SAS_UNAVAILABLE: infrastructure(
    'A user delegation key could not be obtained to sign SAS URLs.',
    'Grant the workflow identity Storage Blob Delegator (or a Blob data role) on the storage account, not only on the container.',
  ),
  PLAN_DOWNLOAD_FAILED: infrastructure(
    'The runner could not download its plan.',
    'Check the load VM has outbound access to Blob storage (NAT gateway), then run again.',
  ),
  RESULTS_UNWRITABLE: infrastructure(
    'The runner could not write its results to Blob.',
    'Check outbound access to Blob from the load VM (NAT gateway).',
  ),
  RUNNER_RESULT_INVALID: infrastructure(
    'A file the load-VM runner wrote cannot be read back.',
    'Check the runner log in the same Blob folder, and run the action and the runner from the same release.',
  ),
  RUNNER_STATUS_INVALID: infrastructure(
    "The load-VM runner's status file cannot be read back.",
    'Check the runner log in the same Blob folder, and run the action and the runner from the same release.',
  ),
  REPORT_INDEX_INVALID: infrastructure(
    "A product's report index in Blob is corrupt.",
    'Restore the index from its previous blob version or snapshot, or delete it; reports stay in place.',
  ),
  REPORT_INDEX_CONFLICT: infrastructure(
    'The report index kept changing under every attempt to update it.',
    'Another job keeps writing the same index; publish again later.',
  ),
  REPORT_NOT_FOUND: infrastructure(
    'The index names a report that is not in the container.',
    'Remove its entry from the index, or upload the report again.',
  ),
  STORED_REPORT_INVALID: infrastructure(
    'A report stored in Blob is corrupt or of another result schema.',
    'Compare the schemaVersion of the stored result.json with this release.',
  ),

  // Bugs.
  REPORT_INVALID: internal(
    'The report built by this run does not match the result schema.',
    'This is a bug in bench: please report it with the command you ran.',
  ),
  AGGREGATE_INVALID: internal(
    'The size comparison built from the reports does not match its schema.',
    'This is a bug in bench: please report it with the reports that were compared.',
  ),
} as const satisfies Record<string, ErrorCodeInfo>;

/** Every registered error code. */
export type ErrorCode = keyof typeof errorCodes;

/** The codes of one kind. */
export type ErrorCodeOfKind<K extends ErrorKind> = {
  [C in ErrorCode]: (typeof errorCodes)[C]['kind'] extends K ? C : never;
}[ErrorCode];

/** Exit codes of the `bench` command, one per outcome (documented in the README). */
export const ExitCode = {
  /** The run finished and nothing failed. */
  ok: 0,
  /** A fail threshold was crossed or a regression was found. */
  thresholdFailed: 1,
  /** Invalid config, arguments or input files: nothing was run. */
  invalidInput: 2,
  /** The target or the infrastructure failed. */
  targetFailure: 3,
  /** A bug in bench (an internal error), never a statement about the target. */
  internalError: 70,
  /** Interrupted (SIGINT/SIGTERM); a partial report was written. */
  interrupted: 130,
} as const;
/** One exit code. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of an error kind. */
export function exitCodeOfKind(kind: ErrorKind): ExitCode {
  switch (kind) {
    case 'input':
      return ExitCode.invalidInput;
    case 'target':
    case 'infrastructure':
      return ExitCode.targetFailure;
    case 'internal':
      return ExitCode.internalError;
  }
}

/** Whether `code` is registered (for codes read from files or other processes). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorCodes, code);
}
