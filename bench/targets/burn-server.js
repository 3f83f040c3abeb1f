// Burn target for the engine harness: plain node:http that spends about 1 ms of CPU on every
// request in a busy loop, then answers a small JSON body. It stands for a server whose own work
// dominates, so generator cost stops mattering and latency figures can be compared.
//
// Run: `PORT=8080 HOST=127.0.0.1 BURN_MS=1 node bench/targets/burn-server.js`
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const burnMs = Number(process.env.BURN_MS ?? 1);
const body = Buffer.from('{"ok":true,"burnMs":' + burnMs + '}');

const server = http.createServer((req, res) => {
  // Read the request to its end first, so a body does not stall the keep-alive connection.
  req.resume();
  req.on('end', () => {
    const until = performance.now() + burnMs;
    while (performance.now() < until) {
      // burn CPU on purpose: this target models work done per request
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
// Load generators hold connections open between runs; keep them longer than their pools do.
server.keepAliveTimeout = 75_000;
server.headersTimeout = 76_000;
server.listen(port, host, () => {
  process.stdout.write(
    `burn target listening on http://${host}:${port} (${burnMs} ms per request)\n`,
  );
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
