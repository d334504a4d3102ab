// Drives a studio (or OBS) with the real obs-websocket-js client, as a
// producer's script would, and prints what it saw as one JSON object.
// Usage: node drive-studio.mjs ws://127.0.0.1:PORT PASSWORD [--no-stream]
import OBSWebSocket from 'obs-websocket-js';

const [url, password, ...flags] = process.argv.slice(2);
const stream = !flags.includes('--no-stream');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(test, ms = 30000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (test()) return true;
  return false;
}

const result = {};
const events = [];
const obs = new OBSWebSocket();
obs.on('CurrentProgramSceneChanged', (e) => events.push({ type: 'CurrentProgramSceneChanged', sceneName: e.sceneName }));
obs.on('StreamStateChanged', (e) => events.push({ type: 'StreamStateChanged', outputActive: e.outputActive, outputState: e.outputState }));
obs.on('VendorEvent', (e) => events.push({ type: 'VendorEvent', vendorName: e.vendorName, action: e.eventData?.action }));
try {
  const hello = await obs.connect(url, password);
  result.negotiatedRpcVersion = hello.negotiatedRpcVersion;
  const version = await obs.call('GetVersion');
  result.version = { rpcVersion: version.rpcVersion, obsWebSocketVersion: version.obsWebSocketVersion, requests: version.availableRequests.length };
  const list = await obs.call('GetSceneList');
  result.scenesBefore = { current: list.currentProgramSceneName, names: list.scenes.map((s) => s.sceneName) };
  const target = list.scenes.map((s) => s.sceneName).find((n) => n !== list.currentProgramSceneName);
  await obs.call('SetCurrentProgramScene', { sceneName: target });
  result.target = target;
  result.currentAfter = (await obs.call('GetCurrentProgramScene')).currentProgramSceneName;
  result.sceneEvent = await waitFor(() => events.some((e) => e.type === 'CurrentProgramSceneChanged' && e.sceneName === target));
  const batch = await obs.callBatch([{ requestType: 'GetVersion' }, { requestType: 'GetCurrentProgramScene' }, { requestType: 'NoSuchRequest' }]);
  result.batch = batch.map((r) => ({ requestType: r.requestType, ok: r.requestStatus.result, code: r.requestStatus.code }));
  try {
    await obs.call('SetCurrentProgramScene', { sceneName: '没有这个场景' });
  } catch (e) {
    result.missingSceneCode = e.code;
  }
  try {
    const vendor = await obs.call('CallVendorRequest', { vendorName: 'shopcast', requestType: 'GetActionList' });
    result.vendorActions = vendor.responseData.actions.length;
  } catch (e) {
    result.vendorError = e.code; // OBS itself has no "shopcast" vendor
  }
  if (stream) {
    await obs.call('StartStream');
    result.streamStarted = await waitFor(() => events.some((e) => e.type === 'StreamStateChanged' && e.outputActive));
    await sleep(3000);
    result.streamStatus = (await obs.call('GetStreamStatus')).outputActive;
    await obs.call('StopStream');
    result.streamStopped = await waitFor(() => events.some((e) => e.type === 'StreamStateChanged' && !e.outputActive));
  }
  result.vendorEvents = events.filter((e) => e.type === 'VendorEvent').map((e) => e.action);
  await obs.disconnect();
  const intruder = new OBSWebSocket();
  try {
    await intruder.connect(url, 'not the password');
    result.wrongPassword = 'accepted';
  } catch (e) {
    result.wrongPassword = e.code;
  }
} catch (e) {
  result.error = `${e.code ?? ''} ${e.message}`;
}
console.log(JSON.stringify(result));
process.exit(result.error ? 1 : 0);
