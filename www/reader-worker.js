// Reads a file off the main thread with the JS API and the build for speed, and hands the
// records back packed (with the report of reading them, and the rows with problems): the page
// loads them without reading them again.
import { init, loadData } from './lib/repatria.min.js';

const ready = init(undefined, { bindings: import('./pkg/fast/repatria.js') });

self.onmessage = async (event) => {
  const { id, name, bytes, read } = event.data;
  try {
    await ready;
    const data = await loadData(new Uint8Array(bytes), { name, read });
    const packed = data.toPacked();
    const rows = data.problemRows();
    data.free();
    self.postMessage({ id, ok: true, packed, rows }, [packed.buffer]);
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};
