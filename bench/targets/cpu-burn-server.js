// CPU-burn target for the verdict-trust harness (bench/verdicts.ts): plain node:http, no
// dependencies, that does a fixed amount of integer work for every response, so "5% slower"
// means 5% more work per response whatever else runs on the machine. (burn-server.js spins
// on the clock instead: preempted, it does less work, which suits latency figures but not a
// change of known size.) Answers every path with {"success":true,...}; /health is cheap.
//
// Run:   PORT=8080 BURN_ITERATIONS=250000 node bench/targets/cpu-burn-server.js
// Slower copy: the same plus BURN_FACTOR=1.05 (5% more work per response).
// Calibrate: node bench/targets/cpu-burn-server.js --calibrate 1000
//   prints the iterations that cost about 1000 µs of CPU here, as JSON.
import http from 'node:http';

/** The work: xorshift32 steps, `n` of them; the result is returned so it cannot be skipped. */
function burn(n, seed) {
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x >>> 0;
}

/** CPU µs (user + system) that `n` iterations take: the median of a few tries. */
function measure(n) {
  const tries = [];
  for (let t = 0; t < 9; t++) {
    const before = process.cpuUsage();
    burn(n, t + 1);
    const used = process.cpuUsage(before);
    tries.push(used.user + used.system);
  }
  tries.sort((a, b) => a - b);
  return tries[4];
}

if (process.argv[2] === '--calibrate') {
  const wantUs = Number(process.argv[3] ?? 1000);
  // Warm the JIT, then scale a probe up to the wanted cost.
  burn(2_000_000, 7);
  let n = 100_000;
  let us = measure(n);
  while (us < 20_000) {
    n *= 2;
    us = measure(n);
  }
  const iterations = Math.max(1, Math.round((n * wantUs) / us));
  process.stdout.write(
    `${JSON.stringify({ iterations, microseconds: wantUs, probe: { iterations: n, cpuUs: us } })}\n`,
  );
  process.exit(0);
}

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const base = Number(process.env.BURN_ITERATIONS ?? 250_000);
const factor = Number(process.env.BURN_FACTOR ?? 1);
if (!(base > 0) || !(factor > 0)) {
  process.stderr.write('cpu-burn target: BURN_ITERATIONS and BURN_FACTOR must be > 0\n');
  process.exit(1);
}
const iterations = Math.round(base * factor);
let served = 0;

const server = http.createServer((req, res) => {
  // Read the request to its end first, so a body does not stall the keep-alive connection.
  req.resume();
  req.on('end', () => {
    const x = req.url === '/health' ? 0 : burn(iterations, ++served);
    const body = `{"success":true,"x":${x}}`;
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
});
// Load generators hold connections open between runs; keep them longer than their pools do.
server.keepAliveTimeout = 75_000;
server.headersTimeout = 76_000;
server.listen(port, host, () => {
  process.stdout.write(
    `cpu-burn target listening on http://${host}:${port} (${iterations} iterations per response)\n`,
  );
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
