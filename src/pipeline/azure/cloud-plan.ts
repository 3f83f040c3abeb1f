/**
 * What a cloud run would create, without calling Azure (`bench plan`, the action's
 * `mode: plan`): every resource, request body, cloud-init document and run-command script, with
 * secrets redacted. Missing ids are replaced by obvious placeholders and named; the image digest
 * (looked up at run time) is shown as zeros.
 */
import { redactArgv } from '../../core/config/secrets.js';
import { formatPinnedImage, parseImageReference } from '../../core/azure/image-reference.js';
import { renderAzurePlan } from '../../core/azure/render-azure-plan.js';
import type { AzureRunSpec } from '../../core/azure/resource-specs.js';
import type { RunIdentity } from '../../core/azure/run-names.js';
import type { BenchPlan } from '../../core/config/plan.js';
import type { PlanOverrides } from '../../core/config/resolve-plan.js';
import { valueRules } from '../../core/config/value-rules.js';
import { generateThrowawaySshPublicKey } from '../../edges/azure/ssh-key.js';
import { loadPlan, type LoadPlanOptions } from '../../edges/files/load-plan.js';
import { cloudPlanOf } from './cloud-run.js';
import { resolveAzureSettings, type GivenAzureSettings } from './resolve-azure-settings.js';
import { abLayoutOf, buildSpecForPlan, imageTargetOf, qualifyProductImage } from './run-azure.js';
import { describeAzureAb, type AzureAbLayout } from '../../core/azure/plan-azure-ab.js';
import type { AzureBaselineSpec } from '../../core/azure/resource-specs.js';
import { BenchError } from '../../core/errors.js';
import { listAbSteps, scheduleRound } from '../../core/stats/ab-schedule.js';
import { DEFAULT_COMPARE_PLAN } from '../run-comparison.js';

/** What to describe. */
export interface CloudPlanRequest {
  /** Config file, absolute. */
  configPath: string;
  /** Duration, warm-up and levels given on top of the config. */
  overrides: PlanOverrides;
  /** Where products are looked up. */
  loadOptions?: LoadPlanOptions;
  /** Replaces the product's image. */
  image?: string;
  /** Same-VM A/B: the baseline image (replaces the config's baseline). */
  baselineImage?: string;
  /** The Azure settings with their sources; missing ids become placeholders. */
  given: GivenAzureSettings;
  /** The run the group would be named after, given the loaded plan. */
  run: (plan: BenchPlan) => RunIdentity;
  /** Value of the `run-url` tag. */
  runUrl: string;
  /** Clock for the tags. */
  now: Date;
}

/** The described plan. */
export interface CloudPlanDescription {
  /** Remarks to show before the plan (placeholders, the digest stand-in). */
  notes: string[];
  /** The plan as text (`renderAzurePlan`). */
  text: string;
  /** The run spec behind it. */
  spec: AzureRunSpec;
}

/** Describes the cloud run of a request; never calls Azure and needs no credential. */
export async function describeCloudPlan(request: CloudPlanRequest): Promise<CloudPlanDescription> {
  const loaded = await loadPlan(
    request.configPath,
    { ...request.overrides, provider: 'azure' },
    request.loadOptions,
  );
  const { settings, placeholders } = resolveAzureSettings(request.given, loaded, 'placeholders');
  const plan = cloudPlanOf(loaded, request.image, settings.acrName, request.baselineImage);
  const image = qualifyProductImage(imageTargetOf(plan).image, settings.acrName);
  const ref = parseImageReference(image);
  // The digest is looked up at run time; the dry run shows zeros in its place.
  const pinnedOf = (reference: string) => {
    const parsed = parseImageReference(reference);
    return parsed?.digest
      ? reference
      : parsed
        ? formatPinnedImage(parsed, `sha256:${'0'.repeat(64)}`)
        : reference;
  };
  const pinned = pinnedOf(image);
  const ab = describeAb(plan, settings.acrName, settings.vmSizes, pinned, pinnedOf);
  const spec = buildSpecForPlan({
    plan,
    settings,
    run: request.run(plan),
    runUrl: request.runUrl,
    now: request.now,
    pinnedImage: pinned,
    sshPublicKey: generateThrowawaySshPublicKey(),
    ...(ab.baseline && { baseline: ab.baseline }),
  });
  const notes = [
    ...(placeholders.length > 0
      ? [
          `Placeholders stand in for settings not given (${placeholders.join(', ')}); a real run needs them.`,
        ]
      : []),
    ...(ref === undefined
      ? [
          `The image ${image} is not a valid reference (${valueRules.image.expected}, lower-case); a real run refuses it.`,
        ]
      : ref.digest
        ? []
        : [`The image ${image} is pinned to its digest at run time; zeros stand in for it here.`]),
    ...ab.notes,
    // Command benchmarks: how the cloud run would go, and that it is refused for now.
    ...(plan.commands ?? []).map(
      (c) =>
        `Command benchmark ${c.name} would run on the product VM as \`docker run --rm --network none ${pinned} ${redactArgv(c.argv).join(' ')}\` (no load VM), its ${c.ingest.format} results copied out of the container and ingested as locally; not built yet: \`bench run --provider azure\` refuses it (COMMAND_SCENARIO_CLOUD_UNSUPPORTED).`,
    ),
  ];
  const text = renderAzurePlan({
    spec,
    subscriptionId: settings.subscriptionId,
    identity: { tenantId: settings.tenantId, clientId: settings.clientId },
    storage: { account: settings.storageAccount, container: settings.storageContainer },
    ...(ab.lines && { ab: ab.lines }),
  });
  return { notes, text, spec };
}

/** How many rounds of a fixed schedule the plan shows. */
const SHOWN_ROUNDS = 4;

/** The A/B part of the plan: the baseline container, its lines and notes (a refused duet is a note). */
function describeAb(
  plan: BenchPlan,
  acrName: string,
  vmSizes: readonly string[],
  pinnedCandidate: string,
  pinnedOf: (reference: string) => string,
): { baseline?: AzureBaselineSpec; lines?: string[]; notes: string[] } {
  let layout: AzureAbLayout | undefined;
  try {
    layout = abLayoutOf(plan, vmSizes);
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    return { notes: [`${error.code}: ${error.message} A real run refuses it. ${error.hint}`] };
  }
  const baselineTarget = plan.baseline;
  if (!layout || baselineTarget?.kind !== 'image') return { notes: [] };
  const baselineImage = pinnedOf(qualifyProductImage(baselineTarget.image, acrName));
  const compare = plan.compare ?? DEFAULT_COMPARE_PLAN;
  const steps = listAbSteps(plan.scenarios, plan.load.model, plan.load.levels);
  const shown = Math.min(SHOWN_ROUNDS, compare.maxRounds);
  const schedule =
    compare.seed !== undefined
      ? Array.from({ length: shown }, (_, i) => scheduleRound(compare.seed!, i + 1, steps))
      : undefined;
  return {
    baseline: { image: baselineImage, hostPort: layout.baselinePort, mode: layout.mode },
    lines: describeAzureAb({
      layout,
      images: { candidate: pinnedCandidate, baseline: baselineImage },
      vmSize: vmSizes[0] ?? '?',
      compare,
      ...(schedule && { schedule }),
    }),
    notes: layout.modeNote ? [layout.modeNote] : [],
  };
}
