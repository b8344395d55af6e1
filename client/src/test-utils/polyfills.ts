// jsdom lacks TextEncoder/TextDecoder (react-router needs them). Import first in client tests.
// (Could move to test/setup-jsdom.ts, owned by the integrator.)
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoder;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoder;
