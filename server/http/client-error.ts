import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { envelope } from './errors.js';

/** Node's HTTP parser errors that mean "the request's head is too large" (URL or headers over 16 KB). */
const TOO_LARGE = new Set(['HPE_HEADER_OVERFLOW', 'HPE_URI_TOO_LONG']);

/**
 * A request Node's HTTP parser refuses never reaches express, so Node would answer a bare 431 / 400
 * without the reason envelope or the security headers every other answer carries. This writes the
 * same envelope (`request-too-large` / `malformed-request`) with the strict headers, then closes.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (err.code === 'ECONNRESET' && !socket.bytesWritten)) {
      socket.destroy();
      return;
    }
    const tooLarge = TOO_LARGE.has(String(err.code));
    const body = JSON.stringify(envelope(tooLarge ? 'request-too-large' : 'malformed-request'));
    socket.end(
      [
        `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
        'X-Content-Type-Options: nosniff',
        'X-Frame-Options: DENY',
        'Referrer-Policy: no-referrer',
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
