import '@testing-library/jest-dom';
import 'fake-indexeddb/auto';
import { serialize, deserialize } from 'node:v8';

if (typeof globalThis.structuredClone !== 'function')
  (globalThis as unknown as { structuredClone: <T>(v: T) => T }).structuredClone = <T>(v: T): T =>
    deserialize(serialize(v));
