import { randomUUID } from 'node:crypto';
import { SQL, enquiryFromRow, feedbackFromRow, feedbackInsertParams, feedbackReference } from './rows.js';
import { forUpdate, type Sql, type SqlRunner } from './sql-runner.js';
import { bumpCounts } from './stat-counts.js';
import type { Enquiry, Feedback, FeedbackStatus, NewEnquiry, NewFeedback, StoreHealth } from './types.js';

/**
 * The service records (enquiries, obstacle reports), written once over the SqlRunner for both
 * stores. Writes that touch two tables run in one transaction (on SQLite through the runner's queue,
 * so they never land inside another request's open transaction) and resolve after COMMIT.
 */
export async function health(q: Sql): Promise<StoreHealth> {
  try {
    const v = Number((await q.get(SQL.maxMigration))?.v ?? 0);
    return { ok: true, kind: q.kind, schemaVersion: v };
  } catch {
    return { ok: false, kind: q.kind, schemaVersion: 0, reason: 'store-unavailable' };
  }
}

export async function createEnquiry(q: SqlRunner, e: NewEnquiry): Promise<Enquiry> {
  const { counts, ...stored } = e;
  const rec: Enquiry = { id: randomUUID(), createdAt: new Date().toISOString(), ...stored };
  // the record and its statistics counters commit together: resolved only after COMMIT
  await q.tx(async (t) => {
    await t.run(SQL.insertEnquiry, [
      rec.id,
      rec.createdAt,
      e.lang ?? null,
      JSON.stringify(e.answers),
      JSON.stringify(e.summary),
    ]);
    if (counts?.length) await bumpCounts(t, rec.createdAt.slice(0, 10), counts);
  });
  return rec;
}

export async function getEnquiry(q: Sql, id: string): Promise<Enquiry | null> {
  const r = await q.get(SQL.getEnquiry, [id]);
  return r ? enquiryFromRow(r) : null;
}

export async function countEnquiries(q: Sql): Promise<number> {
  return Number((await q.get(SQL.countEnquiries))?.n ?? 0);
}

export async function getFeedback(q: Sql, reference: string): Promise<Feedback | null> {
  const r = await q.get(SQL.getFeedback, [reference]);
  if (!r) return null;
  return feedbackFromRow(r, await q.all(SQL.getEvents, [reference]));
}

export async function createFeedback(db: SqlRunner, f: NewFeedback): Promise<Feedback> {
  const now = new Date();
  const at = now.toISOString();
  const reference = await db.tx(async (q) => {
    const ref = feedbackReference(now.getUTCFullYear());
    await q.run(SQL.insertFeedback, feedbackInsertParams(ref, at, f));
    await q.run(SQL.insertEvent, [randomUUID(), ref, at, 'new', null, null]);
    return ref;
  });
  return (await getFeedback(db, reference))!;
}

export async function updateFeedbackStatus(
  db: SqlRunner,
  reference: string,
  change: { status: FeedbackStatus; note?: string; actor?: string },
): Promise<Feedback | null> {
  const at = new Date().toISOString();
  const found = await db.tx(async (q) => {
    const r = await q.get(SQL.getFeedback + forUpdate(q), [reference]);
    if (!r) return false;
    const notes = JSON.parse(String(r.notes)) as string[];
    if (change.note) notes.push(change.note);
    await q.run(SQL.updateFeedback, [change.status, JSON.stringify(notes), at, reference]);
    await q.run(SQL.insertEvent, [
      randomUUID(),
      reference,
      at,
      change.status,
      change.note ?? null,
      change.actor ?? null,
    ]);
    return true;
  });
  return found ? getFeedback(db, reference) : null;
}
