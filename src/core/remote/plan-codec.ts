/**
 * The plan as it travels from the action to a load VM (`plan.json` in Blob). `BenchPlan` holds
 * request bodies as bytes, which JSON cannot carry, so bodies become base64 here. The file has
 * its own format version and is validated on decode: a runner built from another release says
 * so plainly instead of benchmarking a half-understood plan.
 */
import { z } from 'zod';
import type { BenchPlan, PayloadPlan } from '../config/plan.js';
import { inputError } from '../errors.js';
import type { ScheduledRound } from '../stats/ab-schedule.js';

/**
 * One round of a same-VM A/B as a load VM runs it: every scenario × level in order, against the
 * baseline (`BENCH_BASELINE_URL`) and the candidate (`BENCH_TARGET_URL`). Interleaved: the two
 * sides one after the other in the step's order; duet: both at once, each at half the load.
 */
export interface AbRoundPlan extends ScheduledRound {
  /** How the sides are loaded. */
  mode: 'interleaved' | 'duet';
}

const side = z.enum(['baseline', 'candidate']);
const abRound = z.object({
  mode: z.enum(['interleaved', 'duet']),
  round: z.number().int().positive(),
  steps: z
    .array(
      z.object({
        scenario: z.string(),
        model: z.enum(['closed', 'open']),
        level: z.number().positive(),
        order: z.tuple([side, side]).refine(([a, b]) => a !== b, 'both sides, once each'),
      }),
    )
    .min(1),
});

/** Version of the encoded plan format written by `encodePlan`. */
export const PLAN_FORMAT_VERSION = 1;

const health = z.object({
  path: z.string(),
  timeoutMs: z.number().nonnegative(),
  intervalMs: z.number().nonnegative(),
});

const target = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('url'),
    baseUrl: z.string(),
    health: health.optional(),
    product: z.string().optional(),
  }),
  z.object({
    kind: z.literal('command'),
    argv: z.array(z.string()),
    cwd: z.string(),
    env: z.record(z.string(), z.string()),
    publicEnv: z.array(z.string()).optional(),
    port: z.number().int(),
    baseUrl: z.string(),
    health,
    product: z.string().optional(),
  }),
  z.object({
    kind: z.literal('image'),
    image: z.string(),
    port: z.number().int(),
    env: z.record(z.string(), z.string()),
    publicEnv: z.array(z.string()).optional(),
    health,
    product: z.string().optional(),
  }),
]);

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const payload = z.object({
  name: z.string(),
  bodyBase64: z.string().regex(BASE64, 'not base64'),
  weight: z.number().nonnegative(),
});

const scenario = z.object({
  name: z.string(),
  method: z.string(),
  path: z.string(),
  headers: z.record(z.string(), z.string()),
  payloads: z.array(payload),
  order: z.enum(['round-robin', 'weighted']),
  checks: z.object({
    status: z.array(z.number().int()),
    json: z.array(
      z.object({
        source: z.string(),
        path: z.string(),
        operator: z.enum(['==', '!=', '<', '<=', '>', '>=', 'exists']),
        value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
      }),
    ),
    bodyContains: z.array(z.string()),
  }),
});

const load = z.object({
  model: z.enum(['closed', 'open']),
  levels: z.array(z.number().positive()).min(1),
  maxConnections: z.number().int().positive().optional(),
  pipelining: z.number().int().positive(),
  warmupMs: z.number().nonnegative(),
  durationMs: z.number().positive(),
  cooldownMs: z.number().nonnegative(),
  connectTimeoutMs: z.number().positive(),
  requestTimeoutMs: z.number().positive(),
  maxCheckBodyBytes: z.number().int().positive().optional(),
  workers: z.number().int().positive(),
});

/** The JSON shape of an encoded plan (`plan.json`). */
export const EncodedPlanSchema = z.object({
  planFormat: z.literal(PLAN_FORMAT_VERSION),
  plan: z.object({
    name: z.string(),
    configPath: z.string().optional(),
    configHash: z.string(),
    target,
    scenarios: z.array(scenario).min(1),
    load,
    cloud: z.object({
      provider: z.enum(['local', 'azure']),
      vmSizes: z.array(z.string()),
      regions: z.array(z.string()),
      loadAgents: z.number().int().positive(),
    }),
    resolvedConfig: z.unknown(),
  }),
  /** Present when the plan is one round of a same-VM A/B. */
  abRound: abRound.optional(),
});
/** An encoded plan, as parsed from `plan.json`. */
export type EncodedPlan = z.infer<typeof EncodedPlanSchema>;

/** Encodes a plan as JSON text, bodies in base64; with `round`, one round of a same-VM A/B. */
export function encodePlan(plan: BenchPlan, round?: AbRoundPlan): string {
  const encoded: EncodedPlan = {
    planFormat: PLAN_FORMAT_VERSION,
    ...(round && { abRound: round }),
    plan: {
      ...plan,
      scenarios: plan.scenarios.map((s) => ({
        ...s,
        payloads: s.payloads.map((p) => ({
          name: p.name,
          bodyBase64: bytesToBase64(p.body),
          weight: p.weight,
        })),
      })),
    },
  };
  return JSON.stringify(encoded);
}

/**
 * Decodes `plan.json` text back into a plan. Throws an input error (`PLAN_INVALID`) naming the
 * first problems when the text is not an encoded plan of this format version.
 */
export function decodePlan(text: string): BenchPlan {
  return decodePlanFile(text).plan;
}

/** Decodes `plan.json` text into the plan and, for a same-VM A/B, the round to run. */
export function decodePlanFile(text: string): { plan: BenchPlan; abRound?: AbRoundPlan } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw inputError(
      'PLAN_INVALID',
      `The plan file is not JSON (${(error as Error).message})`,
      'Upload the plan again with encodePlan; the file may have been truncated.',
      error,
    );
  }
  const version = (json as { planFormat?: unknown } | null)?.planFormat;
  if (version !== PLAN_FORMAT_VERSION) {
    throw inputError(
      'PLAN_FORMAT_UNSUPPORTED',
      `The plan file has format ${JSON.stringify(version)}; this runner reads format ${PLAN_FORMAT_VERSION}`,
      'Run the action and the load-VM runner from the same bench-action release.',
    );
  }
  const parsed = EncodedPlanSchema.safeParse(json);
  if (!parsed.success) {
    throw inputError(
      'PLAN_INVALID',
      `The plan file is not a valid plan: ${describeIssues(parsed.error)}`,
      'Upload the plan again with encodePlan from the same bench-action release as the runner.',
      parsed.error,
    );
  }
  const { plan, abRound: round } = parsed.data;
  const decoded: BenchPlan = {
    ...plan,
    scenarios: plan.scenarios.map((s) => ({
      ...s,
      payloads: s.payloads.map((p): PayloadPlan => ({
        name: p.name,
        body: base64ToBytes(p.bodyBase64),
        weight: p.weight,
      })),
    })),
  };
  return round ? { plan: decoded, abRound: round } : { plan: decoded };
}

/** The first few zod issues in words, with their paths (`plan.load.levels: ...`). */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues
    .slice(0, max)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

/** Standard base64 of bytes (works on Node and in bundles; no `Buffer` in core). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so a large body does not overflow the argument list of fromCharCode.
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Bytes of standard base64 text. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
