// Counting target for the evenness check: answers every request at once and counts arrivals in
// 100 ms buckets of wall-clock time, so the harness can see how evenly a generator spaces its
// sends. `GET /__counts` returns the buckets and is itself not counted.
//
// Run: `PORT=8080 HOST=127.0.0.1 node bench/targets/counting-server.js`
import http from 'node:http';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const bucketMs = 100;
/** Bucket start (epoch ms) → requests that arrived in it. */
const counts = new Map();
const body = Buffer.from('{"ok":true}');

const server = http.createServer((req, res) => {
  if (req.url === '/__counts') {
    const list = [...counts.entries()].sort((a, b) => a[0] - b[0]);
    const text = JSON.stringify({ bucketMs, counts: list });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(text);
    return;
  }
  // Arrival is when the request head was parsed: that is what the generator controls.
  const bucket = Math.floor(Date.now() / bucketMs) * bucketMs;
  counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 75_000;
server.headersTimeout = 76_000;
server.listen(port, host, () => {
  process.stdout.write(`counting target listening on http://${host}:${port}\n`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
