// The producer (场控) of the show benchmark (tests/bench/ShowBench.cpp), with
// the real obs-websocket-js client: one request a second for as long as its
// stdin is open — GetShowState, and what a producer does on what it shows:
// start the show if it is not running, draw a lottery whose entries have
// closed, close a poll whose slot is over, a note to the host now and then.
// Prints one JSON line per event: {"event":"ready"} once the show runs and
// is live, {"event":"health",...} every HEALTH_EVERY seconds (0: never) and
// {"event":"final",...} when stdin closes: round trips, what it did, the
// last show state and the studio's health.
// Usage: node show-producer.mjs URL PASSWORD HEALTH_EVERY [--passive]
import OBSWebSocket from 'obs-websocket-js';
import { print, sleep, whileStdinOpen } from './bench-stdio.mjs';

const [url, password, healthEvery, ...flags] = process.argv.slice(2);
const passive = flags.includes('--passive'); // show features off: only watch
const stdinState = whileStdinOpen();

const obs = new OBSWebSocket();
await obs.connect(url, password);
const vendor = async (requestType, requestData = {}) =>
  (await obs.call('CallVendorRequest', { vendorName: 'shopcast', requestType, requestData })).responseData;

const rtt = [];
const done = { requests: 0, failed: 0, showStarted: 0, draws: 0, pollsClosed: 0, notes: 0 };
const act = async (id, data) => {
  try {
    await vendor(id, data);
    return true;
  } catch (e) {
    done.failed++;
    print({ event: 'refused', id, code: e.code, message: e.message });
    return false;
  }
};
let ready = false;
let state = {};
// The rhythm timer against this machine's clock: its show time (pauses
// excluded) at the first and the last reading while it runs, each read at
// the middle of its round trip.
let rhythmFirst = null;
let rhythmLast = null;
let lastHealth = Date.now();
for (let tick = 0; stdinState.open; tick++) {
  const started = Date.now();
  const t = process.hrtime.bigint();
  try {
    state = await vendor('GetShowState');
    const took = Number(process.hrtime.bigint() - t) / 1e6;
    rtt.push(took);
    done.requests++;
    if (state.rhythm?.started && !state.rhythm?.paused && !state.rhythm?.finished) {
      const reading = { wallMs: Number(t) / 1e6 + took / 2, showMs: state.rhythm.showElapsedMs };
      rhythmFirst ??= reading;
      rhythmLast = reading;
    }
  } catch (e) {
    done.failed++;
  }
  if (!passive && state.showRunning === false && (await act('show.start'))) done.showStarted++;
  if (!ready && state.streaming && state.recording && (passive || state.showRunning)) {
    ready = true;
    print({ event: 'ready' });
  }
  if (!passive && state.lottery?.state === 'closed' && (await act('lottery.draw'))) done.draws++;
  if (!passive && state.poll?.open && state.rhythm?.slot?.kind !== 'poll' && (await act('poll.open'))) done.pollsClosed++;
  if (!passive && ready && tick % 30 === 0 && (await act('host.note', { text: `第${tick}秒：节奏很好` }))) done.notes++;
  if (Number(healthEvery) > 0 && Date.now() - lastHealth >= Number(healthEvery) * 1000) {
    lastHealth = Date.now();
    print({ event: 'health', atMs: Date.now(), health: await vendor('GetStudioHealth') });
  }
  const wait = started + 1000 - Date.now();
  if (wait > 0 && stdinState.open) await sleep(wait);
}
// The show's end as a producer calls it: the rhythm timer stopped, so the
// slots it ran stay what the state says while the studio is shut down.
state = await vendor('GetShowState');
if (!passive && state.rhythm?.started && !state.rhythm?.paused) await act('rhythm.pause');
const health = await vendor('GetStudioHealth');
state = await vendor('GetShowState');
rtt.sort((a, b) => a - b);
const at = (p) => (rtt.length ? rtt[Math.min(rtt.length - 1, Math.floor(rtt.length * p))] : 0);
await obs.disconnect();
const rhythm = rhythmFirst && rhythmLast !== rhythmFirst
  ? { spanMs: rhythmLast.wallMs - rhythmFirst.wallMs, driftMs: (rhythmLast.showMs - rhythmFirst.showMs) - (rhythmLast.wallMs - rhythmFirst.wallMs) }
  : null;
print({ event: 'final', rttP50: at(0.5), rttP99: at(0.99), ...done, rhythm, state, health });
