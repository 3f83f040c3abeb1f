/**
 * The CI workflow and the example workflows: valid YAML, minimal permissions, a concurrency
 * group, and only real inputs passed to the action.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs } from '../../src/edges/github/constants.js';

const ROOT = resolve(import.meta.dirname, '../..');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
}

function workflows(dir: string): [string, Workflow][] {
  return readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.yml'))
    .map((file) => [
      `${dir}/${file}`,
      parse(readFileSync(join(ROOT, dir, file), 'utf8')) as Workflow,
    ]);
}

const all = [...workflows('.github/workflows'), ...workflows('docs/examples')];
const examples = workflows('docs/examples');
const isAction = (step: Step) =>
  step.uses === './' || step.uses?.startsWith('plasmatic/bench-action@');

describe('workflows', () => {
  it('include the four documented examples', () => {
    expect(examples.map(([name]) => name).sort()).toEqual([
      'docs/examples/dispatch.yml',
      'docs/examples/janitor.yml',
      'docs/examples/nightly.yml',
      'docs/examples/pr-comparison.yml',
    ]);
  });

  it.each(all)(
    '%s declares permissions for every job and a concurrency group',
    (_name, workflow) => {
      expect(workflow.concurrency?.group).toBeTruthy();
      for (const job of Object.values(workflow.jobs)) {
        expect(job.permissions ?? workflow.permissions).toBeDefined();
      }
    },
  );

  it.each(all)('%s passes only inputs that action.yml declares', (_name, workflow) => {
    const known = new Set<string>(Object.values(Inputs));
    for (const job of Object.values(workflow.jobs)) {
      for (const step of (job.steps ?? []).filter(isAction)) {
        for (const input of Object.keys(step.with ?? {})) expect(known).toContain(input);
      }
    }
  });

  it.each(examples)(
    '%s uses plasmatic/bench-action@v1 with exactly the permissions it needs',
    (_name, workflow) => {
      for (const job of Object.values(workflow.jobs)) {
        const steps = (job.steps ?? []).filter(isAction);
        if (steps.length === 0) continue;
        // Comparing downloaded reports signs in nowhere and checks nothing out.
        if (steps.every((step) => step.with?.mode === 'aggregate')) {
          expect(job.permissions).toEqual({});
          continue;
        }
        const permissions = job.permissions ?? workflow.permissions ?? {};
        // Only pull request runs comment; the comment input defaults to always.
        const onPullRequests =
          JSON.stringify(workflow.on).match(/pull_request|workflow_run/) !== null;
        const comments = onPullRequests && steps.some((step) => step.with?.comment !== 'never');
        const checksOut = (job.steps ?? []).some((step) =>
          step.uses?.startsWith('actions/checkout@'),
        );
        expect(steps.every((step) => step.uses === 'plasmatic/bench-action@v1')).toBe(true);
        expect(permissions).toEqual({
          'id-token': 'write',
          ...(checksOut ? { contents: 'read' } : {}),
          ...(comments ? { 'pull-requests': 'write' } : {}),
        });
      }
    },
  );

  it('runs mutation testing in a workflow of its own, in full before every release, not in the test job', () => {
    const byName = Object.fromEntries(all);
    const mutation = byName['.github/workflows/mutation.yml'];
    const release = byName['.github/workflows/release.yml'] as unknown as {
      jobs: Record<string, { uses?: string; needs?: string; with?: Record<string, unknown> }>;
    };
    const run = JSON.stringify(mutation?.jobs.mutation?.steps);
    expect(run).toContain('npm run test:mutation');
    // The cache restores and saves every target's incremental results (one file per target).
    expect(run).toContain('"path":"mutation/incremental/"');
    expect(JSON.stringify(mutation?.on)).toContain('workflow_call');
    expect(release.jobs.mutation).toMatchObject({
      uses: './.github/workflows/mutation.yml',
      with: { force: true },
    });
    expect(release.jobs.release?.needs).toBe('mutation');
    const ci = byName['.github/workflows/ci.yml'];
    expect(JSON.stringify(ci)).not.toContain('test:mutation');
  });

  it('self-tests the action from the repository on the demo config and checks its outputs', () => {
    const ci = all.find(([name]) => name === '.github/workflows/ci.yml')?.[1];
    const job = ci?.jobs['self-test'];
    const step = job?.steps?.find((s) => s.uses === './');
    expect(step?.with).toMatchObject({ provider: 'local', config: 'configs/demo.yml' });
    expect(JSON.stringify(job?.steps)).toContain('steps.bench.outputs.verdict');
  });

  it.each(examples)(
    '%s names, in its header, every repository variable it reads and how to get them',
    (name) => {
      const text = readFileSync(join(ROOT, name), 'utf8');
      const header = text.split('\nname:')[0] ?? '';
      const used = [...new Set([...text.matchAll(/vars\.([A-Z_]+)/g)].map((m) => m[1] ?? ''))];
      expect(used.length).toBeGreaterThan(0);
      for (const variable of used) expect(header).toContain(variable);
      expect(header).toContain('bench setup azure');
    },
  );

  it('writes history where the pull-request example reads it: one storage container', () => {
    const containers = new Set<unknown>();
    for (const [, workflow] of examples) {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of (job.steps ?? []).filter(isAction)) {
          if (step.with?.['storage-container'] !== undefined)
            containers.add(step.with['storage-container']);
        }
      }
    }
    expect([...containers]).toEqual(['bench']);
  });

  it('skips pull requests that cannot sign in to Azure: forks and Dependabot', () => {
    const pr = examples.find(([name]) => name.endsWith('pr-comparison.yml'))?.[1] as
      { jobs: Record<string, { if?: string; needs?: string }> } | undefined;
    const gate = pr?.jobs.image?.if ?? '';
    expect(gate).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(gate).toContain("github.actor != 'dependabot[bot]'");
    expect(pr?.jobs.bench?.needs).toBe('image');
  });
});
