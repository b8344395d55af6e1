import { randomUUID } from 'node:crypto';
import type { Row, Sql } from './sql.js';

export interface AuditEntry {
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  detail: unknown;
}

/** one audit row; call inside the transaction of the write it records */
export async function audit(
  q: Sql,
  e: { actor: string | null; action: string; target?: string | null; detail?: unknown },
): Promise<void> {
  await q.run('INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)', [
    randomUUID(),
    new Date().toISOString(),
    e.actor,
    e.action,
    e.target ?? null,
    e.detail === undefined ? null : JSON.stringify(e.detail),
  ]);
}

const fromRow = (r: Row): AuditEntry => ({
  at: String(r.at),
  actor: r.actor == null ? null : String(r.actor),
  action: String(r.action),
  target: r.target == null ? null : String(r.target),
  detail: r.detail == null ? null : JSON.parse(String(r.detail)),
});

export async function listAudit(q: Sql, f: { actor?: string; action?: string; limit: number }): Promise<AuditEntry[]> {
  const where: string[] = [];
  const p: unknown[] = [];
  if (f.actor) {
    where.push('actor = ?');
    p.push(f.actor);
  }
  if (f.action) {
    where.push('action = ?');
    p.push(f.action);
  }
  const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY at DESC, id LIMIT ${f.limit}`;
  return (await q.all(sql, p)).map(fromRow);
}
