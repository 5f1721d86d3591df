import { JSDOM } from 'jsdom';
import fs from 'node:fs';
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
globalThis.window = dom.window; globalThis.document = dom.window.document;
for (const k of ['navigator','Element','HTMLElement','SVGElement','DOMParser','MutationObserver']) { try { if (!(k in globalThis)) globalThis[k] = dom.window[k]; } catch (e) {} }
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const file of process.argv.slice(2)) {
  try { await mermaid.parse(fs.readFileSync(file, 'utf8')); console.log('OK ' + file); }
  catch (e) { failed++; console.log('INVALID ' + file + ': ' + String(e.message || e).split('\n').slice(0, 4).join(' | ')); }
}
process.exit(failed ? 1 : 0);
