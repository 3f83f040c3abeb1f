// Runs one step of the action the way a test needs it: imports the entry (the TypeScript source
// under tsx, or the bundle dist/action/index.js) and calls its exported `run(step, deps)`, with
// the services of the test pipeline module named by BENCH_TEST_PIPELINE_MODULE when set. This
// file is test code: the action itself reads no such variable (dependency injection through
// `run` is its only seam). Plain JavaScript, so both the source and the bundle can be hosted.
// Usage: node [--import tsx] step-host.mjs <entry> <main|post>
import { pathToFileURL } from 'node:url';

const [entry, step] = process.argv.slice(2);
const { run } = await import(pathToFileURL(entry).href);
const deps = {};
const modulePath = process.env.BENCH_TEST_PIPELINE_MODULE;
if (modulePath) {
  const module = await import(pathToFileURL(modulePath).href);
  deps.createPipeline = (settings) => module.createPipeline(settings);
  if (typeof module.createUploader === 'function') deps.uploader = module.createUploader();
}
await run(step, deps);
