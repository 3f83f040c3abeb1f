/**
 * Where ours spends its CPU per request on the raw path: runs ours (closed model) against
 * nginx under V8's sampling profiler (`--cpu-prof`), target and client pinned apart as in
 * `bench/engine.ts`, then sorts every sample of the profile into a few categories and divides
 * each by the requests completed. Several `--entry` bundles (say, the CLI of an earlier commit
 * extracted with `git archive <commit> dist/cli | tar -x -C /tmp/before`) run in turn, round by
 * round, so before and after come from one sitting.
 *
 *   node --import tsx bench/profile.ts [--entry dist/cli/index.js,...] [--rounds 3]
 *     [--duration 10s] [--connections 50] [--skip-build]
 *
 * The categories come from the function names V8 records. Time in the kernel on behalf of a
 * system call made from JavaScript (a socket write) is charged to the native function that
 * made it; reads happen in libuv outside JavaScript and show as "(program)".
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDurationMs, parsePositive } from './lib/args.js';
import { OURS_ENTRY, ensureBuilt } from './lib/build.js';
import { readOursLevel } from './lib/clients.js';
import { runProcess, stopAll, stopAllOnSignals } from './lib/processes.js';
import { writeResults } from './lib/results.js';
import { spread } from './lib/stats.js';
import { formatNumber, formatSpread, renderTable } from './lib/table.js';
import { startEngineTarget } from './lib/targets.js';
import { choosePinning, findTooling, machineInfo } from './lib/system.js';

const REPO_DIR = path.resolve(import.meta.dirname, '..');

/** Categories of CPU time, in the order they are printed; the first rule that matches wins. */
const CATEGORIES: { name: string; test: (fn: string, stack: readonly string[]) => boolean }[] = [
  { name: 'idle', test: (fn) => fn === '(idle)' },
  {
    name: 'start-up, plan, report (outside the window)',
    test: (_fn, stack) =>
      stack.some((f) =>
        /^(compileSourceTextModule|__nccwpck_require__|loadAndTranslate|renderHtmlReport|buildLocalReport|writeReportDir|initHistograms|initWebAssembly|runCli|parseConfig|loadPlan|collectEnvironment|renderHlogFiles|levelReportOf|buildRunReport|renderCsv|renderTerminalSummary|renderRunSummaryMarkdown)$/.test(
          f,
        ),
      ),
  },
  { name: 'socket write (syscall)', test: (fn) => fn === 'writeBuffer' || fn === 'writev' },
  {
    name: 'socket read (libuv, outside JavaScript)',
    test: (fn) => fn === '(program)',
  },
  { name: 'garbage collection', test: (fn) => fn === '(garbage collector)' },
  {
    name: 'Node streams and socket glue',
    test: (fn) =>
      /^(onStreamRead|Writable\.write|_write|writeOrBuffer|writeGeneric|handleWriteReq|createWriteWrap|afterWriteDispatched|Socket\._write|Socket\._writeGeneric|FastBuffer|onWriteComplete|afterWrite|afterWriteTick|get|set length|emit|processTicksAndRejections|nextTick|runMicrotasks)$/.test(
        fn,
      ),
  },
  {
    name: 'response parser',
    test: (fn) =>
      /^(execute|readHead|headInfo|applyHead|readHeadInfo|framingOf|headerValues|hasToken|contentLength|readLine|body|complete|indexOfBuffer|compareOffset|compare|latin1Slice|toString)$/.test(
        fn,
      ),
  },
  {
    name: 'histogram record (WebAssembly)',
    test: (fn) => fn.startsWith('wasm-function') || /^(recordUs|recordValue)$/.test(fn),
  },
  {
    name: 'per-second bookkeeping',
    test: (fn, stack) =>
      stack.some((f) => /^(closeInterval|advance|encodeHistogram|memoryUsage)$/.test(f)) ||
      /^(cpuUsage|percentile|deflate|Deflate\.push)$/.test(fn),
  },
  {
    name: 'timers',
    test: (fn) =>
      /^(setTimeout|refresh|unenroll|insert|clearTimeout|listOnTimeout|processTimers|getLibuvNow)$/.test(
        fn,
      ),
  },
  { name: 'clock', test: (fn) => fn === 'now' },
  {
    name: 'load loop, recorder and checks',
    test: (fn) =>
      /^(send|onResponse|onRead|shift|pending|record|check|take|callback|armTimer)$/.test(fn),
  },
];

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** µs of profile time per category. */
function categorize(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    let known = stacks.get(id);
    if (known) return known;
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      names.push(byId.get(at)!.callFrame.functionName);
    }
    known = names;
    stacks.set(id, known);
    return known;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const fn = byId.get(id)!.callFrame.functionName;
    const stack = stackOf(id);
    const category = CATEGORIES.find((c) => c.test(fn, stack))?.name ?? 'other JavaScript';
    totals.set(category, (totals.get(category) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return totals;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      entry: { type: 'string', default: OURS_ENTRY },
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10s' },
      connections: { type: 'string', default: '50' },
      'skip-build': { type: 'boolean', default: false },
    },
  });
  const entries = values.entry.split(',').map((e) => path.resolve(REPO_DIR, e.trim()));
  const rounds = Math.round(parsePositive('--rounds', values.rounds));
  const durationMs = parseDurationMs(values.duration);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'bench-profile-'));
  stopAllOnSignals(() => rm(tmpDir, { recursive: true, force: true }));
  try {
    if (!values['skip-build']) await ensureBuilt(REPO_DIR, log);
    const tooling = findTooling();
    if (!tooling.nginx) throw new Error('nginx is needed (apt-get install nginx)');
    const pinning = choosePinning(tooling);
    const machine = machineInfo(tooling, REPO_DIR);
    log(
      `machine: ${machine.cpuModel}, ${machine.cores} cores, load ${machine.loadAverage.join(' ')}`,
    );
    log(`pinning: ${pinning.description}`);
    const target = await startEngineTarget(
      { repoDir: REPO_DIR, pinning, tmpDir, nginx: tooling.nginx },
      'nginx',
    );
    const perEntry = new Map<string, Map<string, number[]>>();
    let n = 0;
    for (let round = 1; round <= rounds; round++) {
      for (const entry of entries) {
        const dir = path.join(tmpDir, `run-${++n}`);
        const result = await runProcess(
          [
            ...pinning.client,
            process.execPath,
            '--cpu-prof',
            `--cpu-prof-dir=${dir}`,
            entry,
            'run',
            '--url',
            target.url,
            '-c',
            values.connections,
            '-d',
            `${durationMs}ms`,
            '--warmup',
            '1ms',
            '--out',
            path.join(dir, 'report'),
            '-q',
          ],
          { cwd: REPO_DIR },
        );
        if (result.code !== 0) throw new Error(`${entry} failed: ${result.stderr.slice(-600)}`);
        const level = await readOursLevel(path.join(dir, 'report'));
        const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
        if (!file) throw new Error(`no profile written in ${dir}`);
        const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
        const requests = level.counts.total;
        const totals = categorize(profile);
        const busy = [...totals].reduce((a, [k, v]) => (k === 'idle' ? a : a + v), 0);
        const rows = perEntry.get(entry) ?? new Map<string, number[]>();
        for (const [category, us] of totals) {
          if (category === 'idle') continue;
          rows.set(category, [...(rows.get(category) ?? []), us / requests]);
        }
        rows.set('all (busy)', [...(rows.get('all (busy)') ?? []), busy / requests]);
        perEntry.set(entry, rows);
        log(
          `round ${round}/${rounds}  ${path.relative(REPO_DIR, entry)}  ${formatNumber(requests)} requests, busy ${formatNumber(busy / requests, 2)} µs/req (profiled)`,
        );
      }
    }
    await target.stop();
    const categories = [...CATEGORIES.map((c) => c.name), 'other JavaScript', 'all (busy)'].filter(
      (c) => c !== 'idle',
    );
    log('');
    log(`CPU per request by category, µs, median (min–max) over ${rounds} rounds; profiler on`);
    log(
      renderTable(
        ['category', ...entries.map((e) => path.relative(REPO_DIR, e) || e)],
        categories.map((c) => [
          c,
          ...entries.map((e) => formatSpread(spread(perEntry.get(e)?.get(c) ?? []), 2)),
        ]),
      ),
    );
    const file = await writeResults(REPO_DIR, 'profile', {
      kind: 'profile',
      machine,
      pinning: pinning.description,
      durationMs,
      rounds,
      entries: entries.map((e) => ({
        entry: e,
        perRequestUs: Object.fromEntries(
          [...(perEntry.get(e) ?? new Map<string, number[]>())].map(([k, v]) => [k, spread(v)]),
        ),
      })),
    });
    log('');
    log(`Results: ${path.relative(process.cwd(), file)}`);
    return 0;
  } catch (error) {
    process.stderr.write(`bench:profile failed: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  } finally {
    await stopAll();
    await rm(tmpDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
