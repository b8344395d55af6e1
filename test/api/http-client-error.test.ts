/** @jest-environment node */
import http from 'node:http';
import net from 'node:net';
import { answerClientErrors } from '../../server/http/client-error';
import { testApp, type TestApp } from './helpers';

/**
 * Requests Node's HTTP parser refuses before express runs (URL over the 16 KB header limit, a broken
 * request line) get the product's error envelope and strict headers, not a bare 431 / 400.
 */
let t: TestApp;
let server: http.Server;
let port: number;
beforeAll(async () => {
  t = await testApp();
  server = http.createServer(t.app);
  answerClientErrors(server);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  await t.close();
});

/** write raw bytes, read everything until the server closes */
function raw(text: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => s.end(text));
    let got = '';
    s.setEncoding('utf8');
    s.on('data', (d: string) => (got += d));
    s.on('error', reject);
    s.on('close', () => {
      const [head, body = ''] = got.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
  });
}

test('a 20 KB URL: 431 with reason request-too-large, JSON and the security headers', async () => {
  const r = await raw(`GET /api/v1/search?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
  expect(r.status).toBe(431);
  expect(JSON.parse(r.body)).toEqual({ error: { reason: 'request-too-large' } });
  expect(r.headers).toContain('content-type: application/json');
  expect(r.headers).toContain('x-content-type-options: nosniff');
  expect(r.headers).toContain("content-security-policy: default-src 'none'");
});

test('a broken request line: 400 malformed-request; the server keeps answering', async () => {
  const r = await raw('NOT A REQUEST\r\n\r\n');
  expect(r.status).toBe(400);
  expect(JSON.parse(r.body)).toEqual({ error: { reason: 'malformed-request' } });
  const ok = await raw('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(ok.status).toBe(200);
});
