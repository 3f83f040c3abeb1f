/**
 * `bench` from the TypeScript sources, for tests that need worker threads: on Node 20 the
 * `--import tsx` hooks of the main thread do not reach worker threads (they do from Node 22),
 * so this entry registers tsx itself, in the main thread and again in every worker it starts
 * (a level worker runs this same script, `process.argv[1]`).
 */
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../../src/entrypoints/cli.ts');
await main();
