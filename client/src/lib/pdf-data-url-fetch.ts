/**
 * Shared by the PDFs built in the browser (the result page and the counter slip).
 * react-pdf's layout engine (yoga) loads its WebAssembly from a data: URL with fetch(). The app's
 * CSP allows connect-src 'self' only, so answer data: URLs locally instead of over the network.
 * (Compiling the WebAssembly still needs script-src 'wasm-unsafe-eval' on the page.)
 */
const g = globalThis as typeof globalThis & { __rcepDataFetch?: boolean };
if (!g.__rcepDataFetch && typeof g.fetch === 'function') {
  const original = g.fetch.bind(g);
  g.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const m = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(url);
    if (!m) return original(input, init);
    const body = m[2] ? Uint8Array.from(atob(m[3]), (c) => c.charCodeAt(0)) : decodeURIComponent(m[3]);
    return Promise.resolve(new Response(body, { headers: { 'content-type': m[1] || 'text/plain' } }));
  };
  g.__rcepDataFetch = true;
}
export {};
