// The show benchmark's watcher on OBS Studio (tests/bench/ShowBench.cpp), the
// baseline's counterpart of show-producer.mjs --passive: through OBS's own
// obs-websocket, with the real obs-websocket-js client, one request a second
// (GetStats) for as long as its stdin is open, then OBS's own account of its
// frames — rendered and lagged, the stream's dropped and total — read before
// OBS is stopped (OBS terminated by a signal logs none of them).
// Prints {"event":"ready"} once OBS streams and records, and
// {"event":"final",...} when stdin closes, in the shape the producer's final
// line has (round trips and a "health" object).
// Usage: node obs-watcher.mjs URL PASSWORD
import OBSWebSocket from 'obs-websocket-js';
import { print, sleep, whileStdinOpen } from './bench-stdio.mjs';

const [url, password] = process.argv.slice(2);
const stdinState = whileStdinOpen();

const obs = new OBSWebSocket();
await obs.connect(url, password);
const rtt = [];
let requests = 0;
let failed = 0;
let ready = false;
while (stdinState.open) {
  const started = Date.now();
  const t = process.hrtime.bigint();
  try {
    await obs.call('GetStats');
    rtt.push(Number(process.hrtime.bigint() - t) / 1e6);
    requests++;
  } catch (e) {
    failed++;
  }
  if (!ready) {
    try {
      const [stream, record] = await Promise.all([obs.call('GetStreamStatus'), obs.call('GetRecordStatus')]);
      if (stream.outputActive && record.outputActive) {
        ready = true;
        print({ event: 'ready' });
      }
    } catch (e) {
      failed++;
    }
  }
  const wait = started + 1000 - Date.now();
  if (wait > 0 && stdinState.open) await sleep(wait);
}
const [stats, stream] = await Promise.all([obs.call('GetStats'), obs.call('GetStreamStatus')]);
await obs.disconnect();
rtt.sort((a, b) => a - b);
const at = (p) => (rtt.length ? rtt[Math.min(rtt.length - 1, Math.floor(rtt.length * p))] : 0);
print({
  event: 'final',
  rttP50: at(0.5),
  rttP99: at(0.99),
  requests,
  failed,
  health: {
    renderedFrames: stats.renderTotalFrames,
    laggedFrames: stats.renderSkippedFrames,
    encodedFrames: stats.outputTotalFrames,
    skippedFrames: stats.outputSkippedFrames,
    outputs: [{ name: 'OBS stream', droppedFrames: stream.outputSkippedFrames, totalFrames: stream.outputTotalFrames, active: stream.outputActive }],
  },
});
