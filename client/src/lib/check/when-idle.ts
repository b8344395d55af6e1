/**
 * Run `fn` when the browser has nothing better to do (requestIdleCallback), at the latest after
 * `timeoutMs`; where requestIdleCallback is missing (Safari, jsdom) after a short timer.
 */
export function whenIdle(fn: () => void, timeoutMs = 3000): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (ric) ric(fn, { timeout: timeoutMs });
  else setTimeout(fn, 200);
}
