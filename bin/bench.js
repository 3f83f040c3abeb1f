#!/usr/bin/env node
// The `bench` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { main } from '../lib/entrypoints/cli.js';

await main();
