// Stalling target for the stall-truth check: every response takes about DELAY_MS (1 ms), except
// that each request arriving in the first STALL_MS (1 s) of every PERIOD_MS (10 s), counted from
// the server's own start, is held until that stall ends. The start is printed as epoch ms, so the
// latency each request *should* see can be computed exactly and compared with what a generator
// reports. `GET /__log` returns when each response was actually written (epoch ms, in arrival
// order): held responses are released together when a stall ends and leave one after another,
// so the last of a second's worth leaves tens of milliseconds after the first.
//
// Run: `PORT=8080 HOST=127.0.0.1 node bench/targets/stall-server.js`
import http from 'node:http';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const periodMs = Number(process.env.PERIOD_MS ?? 10_000);
const stallMs = Number(process.env.STALL_MS ?? 1_000);
const delayMs = Number(process.env.DELAY_MS ?? 1);
const startEpochMs = Date.now();
const body = Buffer.from('{"ok":true}');
/** [arrival, written] of each request, epoch ms, in arrival order (GET /__log returns them). */
const written = [];
const nowEpochMs = () => performance.timeOrigin + performance.now();

const server = http.createServer((req, res) => {
  if (req.url === '/__log') {
    // Not a measured request: the harness reads when every response really left.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(written));
    return;
  }
  const index = written.length;
  written.push([nowEpochMs(), 0]);
  const arrival = Date.now();
  const phase = (arrival - startEpochMs) % periodMs;
  // Held requests are answered when the stall ends, plus the usual delay, like the others.
  const release = phase < stallMs ? arrival - phase + stallMs : arrival;
  req.resume();
  setTimeout(
    () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
      written[index][1] = nowEpochMs();
    },
    release - arrival + delayMs,
  );
});
server.keepAliveTimeout = 75_000;
server.headersTimeout = 76_000;
server.listen(port, host, () => {
  process.stdout.write(
    `stall target listening on http://${host}:${port}\n` +
      `stall target start ${startEpochMs} period ${periodMs} stall ${stallMs} delay ${delayMs}\n`,
  );
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
