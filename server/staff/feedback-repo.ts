import { randomUUID } from 'node:crypto';
import { feedbackFromRow, SQL } from '../store/rows.js';
import type { Feedback, FeedbackStatus } from '../store/types.js';
import { forUpdate, type Row, type Sql } from './sql.js';

export type StaffFeedback = Feedback & { assignedUnit: string | null };

/** allowed moves: new -> in-progress -> resolved; a resolved report may be reopened (in-progress) */
const NEXT: Record<FeedbackStatus, FeedbackStatus[]> = {
  new: ['in-progress', 'resolved'],
  'in-progress': ['in-progress', 'resolved'],
  resolved: ['in-progress'],
};

export function canMove(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return NEXT[from].includes(to);
}

async function full(q: Sql, r: Row): Promise<StaffFeedback> {
  const events = await q.all(SQL.getEvents, [String(r.reference)]);
  return { ...feedbackFromRow(r, events), assignedUnit: r.assigned_unit == null ? null : String(r.assigned_unit) };
}

export async function getStaffFeedback(q: Sql, reference: string): Promise<StaffFeedback | null> {
  const r = await q.get(SQL.getFeedback, [reference]);
  return r ? full(q, r) : null;
}

export interface FeedbackFilter {
  status?: FeedbackStatus;
  topic?: string;
  unit?: string;
  limit: number;
  offset: number;
}

export async function listFeedback(q: Sql, f: FeedbackFilter) {
  const where: string[] = [];
  const p: unknown[] = [];
  if (f.status) {
    where.push('status = ?');
    p.push(f.status);
  }
  if (f.topic) {
    where.push('topic = ?');
    p.push(f.topic);
  }
  if (f.unit) {
    where.push('COALESCE(assigned_unit, routed_unit) = ?');
    p.push(f.unit);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = Number((await q.get(`SELECT COUNT(*) AS n FROM feedback ${w}`, p))?.n ?? 0);
  const rows = await q.all(
    `SELECT reference, topic, status, dest, code, routed_unit, assigned_unit, created_at, updated_at FROM feedback ${w} ` +
      `ORDER BY created_at DESC, reference DESC LIMIT ${f.limit} OFFSET ${f.offset}`,
    p,
  );
  return {
    total,
    items: rows.map((r) => ({
      reference: String(r.reference),
      topic: String(r.topic),
      status: String(r.status) as FeedbackStatus,
      dest: r.dest == null ? null : String(r.dest),
      code: r.code == null ? null : String(r.code),
      routedUnit: r.routed_unit == null ? null : String(r.routed_unit),
      assignedUnit: r.assigned_unit == null ? null : String(r.assigned_unit),
      createdAt: String(r.created_at),
      updatedAt: String(r.updated_at),
    })),
  };
}

/** status change with a note (and optional reassignment); one feedback_events row. Null = unknown, false = bad move */
export async function moveFeedback(
  q: Sql,
  reference: string,
  change: { status: FeedbackStatus; note?: string; assignedUnit?: string; actor: string },
): Promise<StaffFeedback | null | false> {
  const r = await q.get(SQL.getFeedback + forUpdate(q), [reference]);
  if (!r) return null;
  if (!canMove(String(r.status) as FeedbackStatus, change.status)) return false;
  const at = new Date().toISOString();
  const notes = JSON.parse(String(r.notes)) as string[];
  if (change.note) notes.push(change.note);
  await q.run(SQL.updateFeedback, [change.status, JSON.stringify(notes), at, reference]);
  if (change.assignedUnit !== undefined)
    await q.run('UPDATE feedback SET assigned_unit = ? WHERE reference = ?', [change.assignedUnit, reference]);
  await q.run(SQL.insertEvent, [randomUUID(), reference, at, change.status, change.note ?? null, change.actor]);
  return getStaffFeedback(q, reference);
}
