import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { givenFromFlags } from '../../src/cli/options.js';
import { planAzureAb, whyNoDuet } from '../../src/core/azure/plan-azure-ab.js';
import type { ComparePlan } from '../../src/core/config/plan.js';
import { BenchError } from '../../src/core/errors.js';
import { decodePlanFile, encodePlan } from '../../src/core/remote/plan-codec.js';
import { scheduleRound } from '../../src/core/stats/ab-schedule.js';
import { loadPlan } from '../../src/edges/files/load-plan.js';
import { describeCloudPlan } from '../../src/pipeline/azure/cloud-plan.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const compare = (mode: 'duet' | 'interleaved', modeDefaulted = false): ComparePlan => ({
  mode,
  modeDefaulted,
  minRounds: 2,
  maxRounds: 6,
  noise: false,
  thresholdFraction: 0.03,
});

describe('the A/B layout on the product VM', () => {
  it.each([
    ['Standard_D4s_v5', undefined],
    ['Standard_D8as_v5', undefined],
    ['Standard_D2s_v5', 'Standard_D2s_v5 (2 vCPUs)'],
    ['Standard_Made_Up', 'Standard_Made_Up (vCPU count unknown)'],
  ])('%s can run a duet unless: %s', (size, why) => {
    expect(whyNoDuet(size)).toBe(why);
  });

  it('puts the baseline on the port after the product’s (before it at 65535)', () => {
    const at = (port: number) =>
      planAzureAb({
        compare: compare('interleaved'),
        vmSizes: ['Standard_D4s_v5'],
        productPort: port,
      });
    expect(at(3000)).toEqual({ mode: 'interleaved', candidatePort: 3000, baselinePort: 3001 });
    expect(at(65_535).baselinePort).toBe(65_534);
  });

  it('refuses an asked-for duet when any fallback size cannot be halved, naming it', () => {
    const error = (() => {
      try {
        planAzureAb({
          compare: compare('duet'),
          vmSizes: ['Standard_D4s_v5', 'Standard_D2s_v5'],
          productPort: 3000,
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('AZURE_DUET_VCPUS');
    expect((error as BenchError).message).toContain('Standard_D2s_v5 (2 vCPUs)');
  });

  it('runs a defaulted duet as interleaved on such a size, and says so', () => {
    const layout = planAzureAb({
      compare: compare('duet', true),
      vmSizes: ['Standard_D2s_v5'],
      productPort: 3000,
    });
    expect(layout.mode).toBe('interleaved');
    expect(layout.modeNote).toMatch(/interleaved rounds instead of the default duet/);
  });
});

describe('the plan a load VM receives for an A/B round', () => {
  it('carries the round (mode, steps, order) through encode and decode', async () => {
    const plan = await loadPlan(path.join(repoRoot, 'configs', 'reframe-pr.yml'));
    const steps = plan.scenarios.map((s) => ({
      scenario: s.name,
      model: 'closed' as const,
      level: 16,
    }));
    const round = { ...scheduleRound(7, 3, steps), mode: 'duet' as const };
    const decoded = decodePlanFile(encodePlan(plan, round));
    expect(decoded.abRound).toEqual(round);
    expect(decodePlanFile(encodePlan(plan)).abRound).toBeUndefined();
  });
});

describe('bench plan of a same-VM A/B', () => {
  const describePlan = (baselineImage?: string) =>
    describeCloudPlan({
      configPath: path.join(repoRoot, 'configs', 'reframe-pr.yml'),
      overrides: {},
      ...(baselineImage && { baselineImage }),
      given: givenFromFlags({}, {}),
      run: () => ({ repository: 'plasmatic/reframe', runId: '1', runAttempt: 1, job: 'bench' }),
      runUrl: 'https://github.com/plasmatic/reframe/actions/runs/1',
      now: new Date('2026-11-29T04:00:00.000Z'),
    });

  it('shows both containers with their ports, cpusets and memory, the split and when the order is drawn', async () => {
    const { text, spec } = await describePlan('reframe:main');
    expect(spec.baseline).toMatchObject({ hostPort: spec.product.port + 1, mode: 'duet' });
    expect(text).toContain(
      '== Same-VM A/B (both containers on the product VM, the same load VMs) ==',
    );
    expect(text).toMatch(
      /Candidate container bench-product: \S+reframe:\S+, port \d+, --cpuset-cpus 2-3, --memory/,
    );
    expect(text).toMatch(
      /Baseline container bench-baseline: \S+reframe:main@sha256:0{64}, port \d+ \(container port \d+\), --cpuset-cpus 0-1/,
    );
    expect(text).toMatch(/Core split on Standard_D4s_v5: Duet on the product VM/);
    expect(text).toContain('Order of rounds: drawn at run time from a new seed');
    // The cloud-init shown holds the baseline's settings.
    expect(text).toMatch(/BENCH_BASELINE_IMAGE='\S+reframe:main@sha256:0{64}'/);
  });

  it('shows no A/B section for a run of one image', async () => {
    const { text, spec } = await describePlan();
    expect(spec.baseline).toBeUndefined();
    expect(text).not.toContain('== Same-VM A/B');
  });
});
