import { stableStringify } from './write-pack.js';

describe('stableStringify', () => {
  it('sorts keys and puts one record per line', () => {
    const text = stableStringify({ lines: [{ b: 1, a: 2 }, { a: 3 }], _generated: 'x', dest: 'AU' });
    expect(text).toBe('{\n "_generated": "x",\n "dest": "AU",\n "lines": [\n  {"a":2,"b":1},\n  {"a":3}\n ]\n}\n');
  });
  it('is independent of key insertion order and drops undefined', () => {
    expect(stableStringify({ a: 1, b: { d: [1], c: undefined } })).toBe(stableStringify({ b: { d: [1] }, a: 1 }));
  });
  it('expands an object of record arrays one level further', () => {
    const text = stableStringify({ versions: { '2022': [{ code: '01' }] } });
    expect(text).toBe('{\n "versions": {\n  "2022": [\n   {"code":"01"}\n  ]\n }\n}\n');
  });
});
