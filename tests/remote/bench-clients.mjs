// Load for the remote-control benchmark (tests/bench/RemoteBench.cpp), with
// the real obs-websocket-js client: `clients` sessions subscribed to every
// event; the first measures `roundTrips` sequential GetStreamStatus round
// trips, then sends `rate` requests/s for `seconds` (GetShowState), counting
// the answered ones. Prints one JSON object.
// Usage: node bench-clients.mjs URL PASSWORD CLIENTS ROUND_TRIPS RATE SECONDS
import OBSWebSocket, { EventSubscription } from 'obs-websocket-js';

const [url, password, clients, roundTrips, rate, seconds] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sessions = [];
let events = 0;
for (let i = 0; i < Number(clients); i++) {
  const obs = new OBSWebSocket();
  obs.on('VendorEvent', () => events++);
  obs.on('CurrentProgramSceneChanged', () => events++);
  await obs.connect(url, password, { eventSubscriptions: EventSubscription.All });
  sessions.push(obs);
}
const main = sessions[0];
const rtt = [];
for (let i = 0; i < Number(roundTrips); i++) {
  const t = process.hrtime.bigint();
  await main.call('GetStreamStatus');
  rtt.push(Number(process.hrtime.bigint() - t) / 1e6);
}
rtt.sort((a, b) => a - b);
const at = (p) => rtt[Math.min(rtt.length - 1, Math.floor(rtt.length * p))];

let sent = 0;
let answered = 0;
let failed = 0;
const loadRtt = [];
const end = Date.now() + Number(seconds) * 1000;
const interval = Number(rate) > 0 ? 1000 / Number(rate) : 0;
const pending = [];
for (let next = Date.now(); interval && Date.now() < end; next += interval) {
  const t = process.hrtime.bigint();
  sent++;
  pending.push(main.call('CallVendorRequest', { vendorName: 'shopcast', requestType: 'GetShowState', requestData: {} })
    .then(() => { answered++; loadRtt.push(Number(process.hrtime.bigint() - t) / 1e6); })
    .catch(() => { failed++; }));
  const wait = next + interval - Date.now();
  if (wait > 0) await sleep(wait);
}
await Promise.all(pending);
loadRtt.sort((a, b) => a - b);
const loadAt = (p) => loadRtt.length ? loadRtt[Math.min(loadRtt.length - 1, Math.floor(loadRtt.length * p))] : 0;
for (const obs of sessions) await obs.disconnect();
console.log(JSON.stringify({ rttP50: at(0.5), rttP99: at(0.99), sent, answered, failed, loadP50: loadAt(0.5), loadP99: loadAt(0.99), events }));
