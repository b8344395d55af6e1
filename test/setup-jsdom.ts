import '@testing-library/jest-dom';
import 'fake-indexeddb/auto';
import { serialize, deserialize } from 'node:v8';
import { TextDecoder, TextEncoder } from 'node:util';

// react-router needs TextEncoder/TextDecoder, which jsdom does not provide
Object.assign(globalThis, { TextEncoder, TextDecoder });

if (typeof globalThis.structuredClone !== 'function')
  (globalThis as unknown as { structuredClone: <T>(v: T) => T }).structuredClone = <T>(v: T): T =>
    deserialize(serialize(v));
