/**
 * Writes a pipeline module for `BENCH_TEST_PIPELINE_MODULE`: plain JavaScript (so both the
 * TypeScript entry point and the bundle can load it) whose behaviour is fixed by the test. It
 * logs every call to a JSON-lines file the test reads back.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../../src/core/stats/verdict.js';
import type { RunReport } from '../../../src/core/report/model.js';

/** How the fake pipeline behaves. */
export interface FakePipelineBehaviour {
  /** Report returned by `run`. */
  report: RunReport;
  /** Verdict returned by `run`. */
  verdict: string;
  /** Findings returned by `run`. */
  findings?: Finding[];
  /** Saved to state before `run` "creates" anything. */
  resourceGroup?: string;
  /** `run` rejects with this message after saving state. */
  failWith?: string;
  /** `run` signals readiness (writes `readyFile`) and waits for the abort signal. */
  waitForAbort?: boolean;
  /** `cleanUp` answers with these pending groups instead of deleting. */
  cleanUpPending?: string[];
  /** `cleanUp` rejects with this message. */
  cleanUpFailsWith?: string;
}

/** Files of a written fake pipeline. */
export interface FakePipelineFiles {
  /** The module to name in `BENCH_TEST_PIPELINE_MODULE`. */
  modulePath: string;
  /** JSON lines, one per call. */
  logFile: string;
  /** Written by `run` when `waitForAbort` is set and it is waiting. */
  readyFile: string;
  /** Report directory `run` writes. */
  reportDir: string;
}

/** One logged call. */
export interface FakePipelineCall {
  call: 'createPipeline' | 'run' | 'cleanUp' | 'upload';
  [key: string]: unknown;
}

const MODULE_SOURCE = `
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const b = JSON.parse(BEHAVIOUR);
const log = (entry) => appendFileSync(b.logFile, JSON.stringify(entry) + '\\n');

export function createPipeline(settings) {
  log({ call: 'createPipeline', provider: settings.provider, mode: settings.mode });
  return {
    async run(settings, ctx) {
      log({ call: 'run', run: ctx.run });
      if (b.resourceGroup) {
        ctx.saveState({ resourceGroup: b.resourceGroup, subscriptionId: settings.azure?.subscriptionId });
      }
      mkdirSync(b.reportDir, { recursive: true });
      writeFileSync(join(b.reportDir, 'result.json'), JSON.stringify(b.report));
      writeFileSync(join(b.reportDir, 'summary.md'), '## summary');
      ctx.saveState({ reportDir: b.reportDir });
      if (b.failWith) throw new Error(b.failWith);
      const result = {
        reportDir: b.reportDir,
        report: b.report,
        summaryMarkdown: '## reframe-pr\\n\\n| level | req/s |\\n|---:|---:|\\n| 32 | 1500 |',
        verdict: b.verdict,
        findings: b.findings ?? [],
        resourceGroup: b.resourceGroup,
      };
      if (b.waitForAbort) {
        // A real pipeline holds sockets open; this timer plays that part.
        const keepAlive = setInterval(() => {}, 1000);
        writeFileSync(b.readyFile, 'ready');
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
        clearInterval(keepAlive);
        log({ call: 'aborted' });
        return { ...result, report: { ...b.report, partial: true, outcome: 'interrupted' } };
      }
      return result;
    },
    async cleanUp(state, ctx) {
      log({ call: 'cleanUp', state, run: ctx.run });
      if (b.cleanUpFailsWith) throw new Error(b.cleanUpFailsWith);
      if (b.cleanUpPending) return { deleted: [], pending: b.cleanUpPending, message: 'deletion not confirmed' };
      const groups = state.resourceGroup ? [state.resourceGroup] : ['rg-found-by-tags'];
      return { deleted: groups, pending: [], message: 'deleted ' + groups.join(', ') };
    },
  };
}

export function createUploader() {
  return {
    async uploadArtifact(name, files, root) {
      log({ call: 'upload', name, files: files.map((f) => relative(root, f)).sort() });
      return { id: 1, size: 1 };
    },
  };
}
`;

/** Writes the module into `dir` with `behaviour` baked in. */
export function writeFakePipeline(
  dir: string,
  behaviour: FakePipelineBehaviour,
): FakePipelineFiles {
  const files: FakePipelineFiles = {
    modulePath: join(dir, 'fake-pipeline.mjs'),
    logFile: join(dir, 'pipeline-calls.jsonl'),
    readyFile: join(dir, 'pipeline-ready'),
    reportDir: join(dir, 'report'),
  };
  const baked = JSON.stringify({ ...behaviour, ...files });
  writeFileSync(files.modulePath, `const BEHAVIOUR = ${JSON.stringify(baked)};\n${MODULE_SOURCE}`);
  return files;
}

/** The calls logged so far. */
export function readPipelineCalls(files: FakePipelineFiles): FakePipelineCall[] {
  if (!existsSync(files.logFile)) return [];
  return readFileSync(files.logFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as FakePipelineCall);
}
