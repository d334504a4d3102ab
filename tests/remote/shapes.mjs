// The shapes of the answers a server gives to the requests OBS and the
// studio share, with the real obs-websocket-js client: each response's fields
// and their JSON types (an array's by its first element), and the status
// codes of requests that must fail. Run against OBS's own obs-websocket and
// against the studio; the launch test compares the two.
// Usage: node shapes.mjs ws://127.0.0.1:PORT PASSWORD
import OBSWebSocket from 'obs-websocket-js';

const [url, password] = process.argv.slice(2);

function shape(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = shape(value[key]);
    return out;
  }
  return typeof value;
}

const obs = new OBSWebSocket();
const result = { responses: {}, codes: {} };
try {
  await obs.connect(url, password);
  // A fresh OBS has no sources: one colour source in its scene, so inputs
  // and scene items have a shape (the studio answers 204 and has its own).
  const first = (await obs.call('GetCurrentProgramScene')).currentProgramSceneName;
  await obs.call('CreateInput', { sceneName: first, inputName: 'shapes colour', inputKind: 'color_source_v3', inputSettings: {} }).catch(() => {});
  const call = async (type, data) => {
    try {
      result.responses[type] = shape(await obs.call(type, data));
    } catch (e) {
      result.responses[type] = { failed: e.code };
    }
  };
  const code = async (name, type, data) => {
    try {
      await obs.call(type, data);
      result.codes[name] = 100;
    } catch (e) {
      result.codes[name] = e.code;
    }
  };
  for (const type of ['GetVersion', 'GetStats', 'GetSceneList', 'GetCurrentProgramScene', 'GetStudioModeEnabled', 'GetStreamStatus',
    'GetRecordStatus', 'GetReplayBufferStatus', 'GetHotkeyList', 'GetInputList'])
    await call(type);
  const scene = (await obs.call('GetCurrentProgramScene')).currentProgramSceneName;
  await call('GetSceneItemList', { sceneName: scene });

  await code('missingField', 'SetCurrentProgramScene', {});
  await code('wrongType', 'SetCurrentProgramScene', { sceneName: 5 });
  await code('emptyField', 'SetCurrentProgramScene', { sceneName: '' });
  await code('noSuchScene', 'SetCurrentProgramScene', { sceneName: 'no such scene 9f2c' });
  await code('unknownRequest', 'NoSuchRequest9f2c', {});
  await code('previewWithoutStudioMode', 'GetCurrentPreviewScene', {});
  await code('noSuchInput', 'GetInputMute', { inputName: 'no such input 9f2c' });
  await code('noSuchSceneItem', 'GetSceneItemEnabled', { sceneName: scene, sceneItemId: 99999 });
  await code('stopIdleStream', 'StopStream', {});
  await code('saveWithoutReplayBuffer', 'SaveReplayBuffer', {});
  await code('noSuchHotkey', 'TriggerHotkeyByName', { hotkeyName: 'no such hotkey 9f2c' });
  await code('noSuchVendor', 'CallVendorRequest', { vendorName: 'no-such-vendor-9f2c', requestType: 'x' });
} catch (e) {
  result.error = String(e && e.message ? e.message : e);
} finally {
  await obs.disconnect().catch(() => {});
}
console.log(JSON.stringify(result));
