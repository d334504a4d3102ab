// What the show benchmark's node clients share (show-producer.mjs,
// obs-watcher.mjs): one JSON line per event on stdout, and stdin as the
// bench's stop signal — a client works while it is open and reports when
// the bench closes it.
import { stdin } from 'node:process';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const print = (o) => console.log(JSON.stringify(o));

// An object whose `open` turns false when the bench closes stdin.
export function whileStdinOpen() {
  const state = { open: true };
  stdin.on('end', () => { state.open = false; });
  stdin.on('close', () => { state.open = false; });
  stdin.resume();
  return state;
}
