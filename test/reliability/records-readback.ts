import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import type { TestApp } from '../api/helpers';
import { valueAt } from './probe-app';

/**
 * After a 201 from POST /api/v1/enquiries or /api/v1/feedback, read the record back and compare it with
 * what was sent, byte for byte. Returns the differences (empty when identical).
 */
export async function readBackDiffs(
  t: TestApp,
  op: 'createEnquiry' | 'createFeedback',
  sent: Record<string, unknown>,
  created: Record<string, unknown>,
  paths: string[],
): Promise<string[]> {
  const diffs: string[] = [];
  let got: unknown;
  if (op === 'createEnquiry') {
    const res = await request(t.app).get(`/api/v1/enquiries/${String(created.id)}`);
    if (res.status !== 200) return [`GET enquiry ${String(created.id)} -> ${res.status}`];
    got = res.body;
    // the whole record as JSON, not only the mutated field
    for (const k of ['answers', 'summary'] as const)
      if (!isDeepStrictEqual(res.body[k], sent[k])) diffs.push(`${k} differs`);
  } else {
    got = await t.store.getFeedback(String(created.reference));
    if (!got) return [`feedback ${String(created.reference)} missing`];
  }
  for (const p of paths) {
    const a = valueAt(sent, p);
    const b = valueAt(got, p);
    if (a !== b) diffs.push(`${p}: sent ${JSON.stringify(a)?.slice(0, 40)} read ${JSON.stringify(b)?.slice(0, 40)}`);
  }
  return diffs;
}
