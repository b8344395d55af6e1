/**
 * npm run bench:browser: a fresh Chromium profile (new context: empty HTTP cache, no service worker,
 * no IndexedDB) opens a result link for Japan and for Viet Nam (8509.80, quick origin answers) on
 * loopback and with CDP network throttling to 10 Mbit/s + 40 ms and 1.6 Mbit/s + 150 ms, against the
 * server as `npm start` runs it. Measures the time from navigation to the visible rate section, the
 * bytes on the wire by resource type until then (and 5 s later, when idle-time pack downloads and
 * the service worker's cache have run), and long tasks until the result. Prints the load average;
 * writes bench/results/browser.json.
 * Targets: JP result <= 1.5 s loopback, <= 2.5 s at 10 Mbit/40 ms, <= 6 s at 1.6 Mbit/150 ms;
 * long tasks <= 200 ms; first-visit bytes for the JP result <= 900 KB.
 * Env: BENCH_CHROMIUM (default /usr/bin/chromium).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { encodeAnswers, type WizardAnswers } from '../../domain/wizard/index.js';
import { freePort } from '../../test/api/child-server.js';
import { loadText, machine, prepareServer, spawnServer, stopServer, writeResult } from './server-child.js';

const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const NETWORKS = [
  { name: 'loopback', latency: 0, kbit: 0 },
  { name: '10mbit-40ms', latency: 40, kbit: 10_000 },
  { name: '1.6mbit-150ms', latency: 150, kbit: 1_600 },
];
const DESTS = ['JP', 'VN'] as const;
const zh = JSON.parse(fs.readFileSync('client/locales/zh-CN.json', 'utf8')) as {
  result: { rate: { heading: string }; compare: { heading: string } };
};
const heading = zh.result.rate.heading;
// a code whose national lines all have the same rates (VN 8509.80) answers with the list of those lines
const compared = new RegExp(zh.result.compare.heading.replace('{{count}}', '\\d+'));

const resultPath = (dest: (typeof DESTS)[number]) => {
  const answers: WizardAnswers = {
    product: { code: '850980' },
    destination: { dest },
    'origin-method': { method: 'quick' },
    'origin-quick': { share: 45, wholly: false },
    shipment: { date: '2026-11-24', value: 1000, currency: 'USD' },
  };
  return `/result?${encodeAnswers(answers)}`;
};

async function main(): Promise<void> {
  const args = prepareServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcep-browser-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnServer(args, { PORT: String(port), RCEP_DATA_DIR: dir });
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited ${server.exitCode}`);
    if (
      await fetch(`${base}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 5000)); // the server's warm-up (pack copies) is over
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const net of NETWORKS) {
      for (const dest of DESTS) {
        const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
        const page = await ctx.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __long: number[] };
          w.__long = [];
          new PerformanceObserver((l) => {
            for (const e of l.getEntries()) w.__long.push(e.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('Network.enable');
        if (net.kbit)
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: net.latency,
            downloadThroughput: (net.kbit * 1000) / 8,
            uploadThroughput: (net.kbit * 1000) / 8,
          });
        const types = new Map<string, string>();
        const bytes: Record<string, number> = {};
        cdp.on('Network.responseReceived', (e: { requestId: string; type: string }) => types.set(e.requestId, e.type));
        cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
          const t = types.get(e.requestId) ?? 'Other';
          bytes[t] = (bytes[t] ?? 0) + e.encodedDataLength;
        });
        const t0 = performance.now();
        await page.goto(base + resultPath(dest));
        await page
          .getByRole('heading', { name: heading })
          .or(page.getByRole('heading', { name: compared }))
          .first()
          .waitFor({ timeout: 120_000 });
        const ms = Math.round(performance.now() - t0);
        const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.slice());
        const atResult = { ...bytes };
        await page.waitForTimeout(5000);
        const kb = (o: Record<string, number>) =>
          Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v / 1024)]));
        const total = (o: Record<string, number>) => Math.round(Object.values(o).reduce((a, b) => a + b, 0) / 1024);
        rows.push({
          network: net.name,
          dest,
          resultMs: ms,
          longTasksMs: Math.round(long.reduce((a, b) => a + b, 0)),
          longestTaskMs: Math.round(Math.max(0, ...long)),
          kbAtResult: total(atResult),
          kbByTypeAtResult: kb(atResult),
          kbAfter5s: total(bytes),
          kbByTypeAfter5s: kb(bytes),
        });
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.table(rows.map(({ kbByTypeAtResult: _a, kbByTypeAfter5s: _b, ...r }) => r));
  for (const r of rows)
    console.log(`${String(r.network)} ${String(r.dest)} bytes at result (KB): ${JSON.stringify(r.kbByTypeAtResult)}`);
  console.log(loadText());
  writeResult('browser', {
    name: 'browser',
    date: new Date().toISOString(),
    machine: machine(),
    command: `node ${args.join(' ')}`,
    rows,
  });
}

main().catch((e) => {
  console.error(`bench:browser failed: ${(e as Error).message}`);
  process.exit(1);
});
