/** @jest-environment node */
import fs from 'node:fs';
import { acceptedAdvisories, highAdvisories } from '../../scripts/audit-check';

/** Parsing of `npm audit --json` (report v2 shape, synthetic ids) and of the accepted-advisories table. */
const report = {
  vulnerabilities: {
    a: {
      name: 'a',
      severity: 'critical',
      via: [
        {
          source: 1,
          name: 'a',
          title: 'rce',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity: 'critical',
        },
      ],
    },
    b: { name: 'b', severity: 'high', via: ['a'] },
    c: {
      name: 'c',
      severity: 'moderate',
      via: [
        {
          source: 2,
          name: 'c',
          title: 'dos',
          url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff',
          severity: 'moderate',
        },
      ],
    },
  },
};

test('only high/critical advisories, once each, named by GHSA id', () => {
  expect(highAdvisories(report).map((a) => [a.id, a.pkg, a.severity])).toEqual([
    ['GHSA-aaaa-bbbb-cccc', 'a', 'critical'],
  ]);
});

test('accepted rows need an id and a reason; the docs table parses', () => {
  const md = [
    '## Accepted advisories',
    '| Advisory | Package | Severity | Reason | Review by |',
    '| --- | --- | --- | --- | --- |',
    '| GHSA-aaaa-bbbb-cccc | a | critical | not reachable: only used at build time | 2027-01 |',
    '| GHSA-1111-2222-3333 | x | high |  | 2027-01 |',
    '## Next',
    '| GHSA-9999-9999-9999 | y | high | other section | |',
  ].join('\n');
  expect(acceptedAdvisories(md).map((a) => a.id)).toEqual(['GHSA-aaaa-bbbb-cccc']);
  expect(Array.isArray(acceptedAdvisories(fs.readFileSync('docs/reliability.md', 'utf8')))).toBe(true);
});
