// Reads a file off the main thread with the same module, and hands the records back as bytes.
import init, { Data } from './pkg/fast/repatria.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, name, bytes, options } = event.data;
  try {
    await ready;
    const data = Data.fromBytes(name, new Uint8Array(bytes), options);
    const binary = data.toBinary();
    const report = data.reportJson();
    data.free();
    self.postMessage({ id, ok: true, binary, report }, [binary.buffer]);
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};
