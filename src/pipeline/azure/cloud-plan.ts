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
import { buildSpecForPlan, imageTargetOf, qualifyProductImage } from './run-azure.js';

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
  const plan = cloudPlanOf(loaded, request.image, settings.acrName);
  const image = qualifyProductImage(imageTargetOf(plan).image, settings.acrName);
  const ref = parseImageReference(image);
  // The digest is looked up at run time; the dry run shows zeros in its place.
  const pinned = ref?.digest
    ? image
    : ref
      ? formatPinnedImage(ref, `sha256:${'0'.repeat(64)}`)
      : image;
  const spec = buildSpecForPlan({
    plan,
    settings,
    run: request.run(plan),
    runUrl: request.runUrl,
    now: request.now,
    pinnedImage: pinned,
    sshPublicKey: generateThrowawaySshPublicKey(),
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
  });
  return { notes, text, spec };
}
