import { randomUUID } from 'node:crypto';
import { SQL } from '../store/rows.js';
import { bumpCounts, type CountFact } from '../store/stat-counts.js';
import { forUpdate, type Row, type Sql } from './sql.js';
import type { CaseCheck, CaseDetail, CaseSearchQuery, StaffCase } from '../../domain/schemas/staff-cases.js';

/** a case as the staff API answers it (domain/schemas/staff-cases.ts); `checks` only when asked for */
export type CaseRecord = StaffCase & { checks?: CaseCheck[] };

const s = (v: unknown) => (v == null ? null : String(v));
const fromRow = (r: Row): CaseRecord => ({
  id: String(r.id),
  openedBy: String(r.username ?? r.opened_by),
  firmName: s(r.firm_name),
  firmContact: s(r.firm_contact),
  consent: Number(r.consent) === 1,
  status: String(r.status) as CaseRecord['status'],
  createdAt: String(r.created_at),
  closedAt: s(r.closed_at),
});

const SELECT = 'SELECT c.*, u.username FROM cases c JOIN users u ON u.id = c.opened_by';

export async function openCase(
  q: Sql,
  c: { userId: string; firmName?: string; firmContact?: string; consent: boolean },
): Promise<CaseRecord> {
  const id = randomUUID();
  await q.run(
    "INSERT INTO cases (id, opened_by, firm_name, firm_contact, consent, status, created_at, closed_at) VALUES (?, ?, ?, ?, ?, 'open', ?, NULL)",
    [id, c.userId, c.firmName ?? null, c.firmContact ?? null, c.consent ? 1 : 0, new Date().toISOString()],
  );
  return (await getCase(q, id))!;
}

export async function getCase(q: Sql, id: string, withChecks: true): Promise<CaseDetail | null>;
export async function getCase(q: Sql, id: string, withChecks?: false): Promise<CaseRecord | null>;
export async function getCase(q: Sql, id: string, withChecks = false): Promise<CaseRecord | null> {
  const r = await q.get(`${SELECT} WHERE c.id = ?`, [id]);
  if (!r) return null;
  const c = fromRow(r);
  if (withChecks) {
    const rows = await q.all(
      'SELECT k.id, k.enquiry_id, k.created_at, e.answers, e.summary FROM case_checks k ' +
        'LEFT JOIN enquiries e ON e.id = k.enquiry_id WHERE k.case_id = ? ORDER BY k.created_at, k.id',
      [id],
    );
    c.checks = rows.map((k) => ({
      id: String(k.id),
      enquiryId: s(k.enquiry_id),
      createdAt: String(k.created_at),
      // stored after validation (attachCheckBodySchema), so read back as that shape
      answers: k.answers == null ? null : (JSON.parse(String(k.answers)) as CaseCheck['answers']),
      summary: k.summary == null ? null : (JSON.parse(String(k.summary)) as CaseCheck['summary']),
    }));
  }
  return c;
}

/** 'missing' | 'closed' | the new check id; the check is also stored as an (anonymous) enquiry */
export async function attachCheck(
  q: Sql,
  caseId: string,
  check: { answers: unknown; summary: unknown; lang?: string; counts?: readonly CountFact[] },
): Promise<'missing' | 'closed' | { id: string; enquiryId: string }> {
  const r = await q.get('SELECT status FROM cases WHERE id = ?' + forUpdate(q), [caseId]);
  if (!r) return 'missing';
  if (r.status !== 'open') return 'closed';
  const at = new Date().toISOString();
  const enquiryId = randomUUID();
  await q.run(SQL.insertEnquiry, [
    enquiryId,
    at,
    check.lang ?? null,
    JSON.stringify(check.answers),
    JSON.stringify(check.summary),
  ]);
  if (check.counts?.length) await bumpCounts(q, at.slice(0, 10), check.counts);
  const id = randomUUID();
  await q.run('INSERT INTO case_checks (id, case_id, enquiry_id, created_at) VALUES (?, ?, ?, ?)', [
    id,
    caseId,
    enquiryId,
    at,
  ]);
  return { id, enquiryId };
}

export async function closeCase(q: Sql, id: string): Promise<'missing' | 'closed' | CaseDetail> {
  const r = await q.get('SELECT status FROM cases WHERE id = ?' + forUpdate(q), [id]);
  if (!r) return 'missing';
  if (r.status !== 'open') return 'closed';
  await q.run("UPDATE cases SET status = 'closed', closed_at = ? WHERE id = ?", [new Date().toISOString(), id]);
  return (await getCase(q, id, true))!;
}

export type CaseSearch = CaseSearchQuery;

/** newest first; q matches firm name/contact, the opening clerk's username or the case id prefix */
export async function searchCases(q: Sql, f: CaseSearch): Promise<(CaseRecord & { checkCount: number })[]> {
  const where: string[] = [];
  const p: unknown[] = [];
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(
      "(LOWER(COALESCE(c.firm_name, '')) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(c.firm_contact, '')) LIKE ? ESCAPE '\\' OR LOWER(u.username) LIKE ? ESCAPE '\\' OR c.id LIKE ? ESCAPE '\\')",
    );
    p.push(like, like, like, `${f.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  }
  if (f.status) {
    where.push('c.status = ?');
    p.push(f.status);
  }
  if (f.from) {
    where.push('c.created_at >= ?');
    p.push(f.from);
  }
  if (f.to) {
    where.push('c.created_at < ?');
    p.push(f.to);
  }
  const rows = await q.all(
    `SELECT c.*, u.username, (SELECT COUNT(*) FROM case_checks k WHERE k.case_id = c.id) AS check_count ` +
      `FROM cases c JOIN users u ON u.id = c.opened_by ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ` +
      `ORDER BY c.created_at DESC, c.id LIMIT ${f.limit}`,
    p,
  );
  return rows.map((r) => ({ ...fromRow(r), checkCount: Number(r.check_count) }));
}
