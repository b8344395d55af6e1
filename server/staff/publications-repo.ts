import { randomUUID } from 'node:crypto';
import type { Row, Sql } from './sql.js';

export interface Publication {
  id: string;
  pack: string;
  publishedBy: string;
  publishedAt: string;
  sourceName: string;
  sourceSha256: string;
  report: unknown;
  active: boolean;
}

const fromRow = (r: Row): Publication => ({
  id: String(r.id),
  pack: String(r.pack),
  publishedBy: String(r.username ?? r.published_by),
  publishedAt: String(r.published_at),
  sourceName: String(r.source_name),
  sourceSha256: String(r.source_sha256),
  report: JSON.parse(String(r.report)),
  active: Number(r.active) === 1,
});

const SELECT =
  'SELECT p.id, p.pack, p.published_by, p.published_at, p.source_name, p.source_sha256, p.report, p.active, u.username FROM pack_publications p JOIN users u ON u.id = p.published_by';

/** every publication of a pack (of every pack when none is given), newest first (content not included) */
export async function listPublications(q: Sql, pack?: string): Promise<Publication[]> {
  const rows = pack
    ? await q.all(`${SELECT} WHERE p.pack = ? ORDER BY p.published_at DESC, p.id`, [pack])
    : await q.all(`${SELECT} ORDER BY p.published_at DESC, p.id`);
  return rows.map(fromRow);
}

/** the pack a publication belongs to; null when unknown */
export async function packOf(q: Sql, id: string): Promise<string | null> {
  const r = await q.get('SELECT pack FROM pack_publications WHERE id = ?', [id]);
  return r ? String(r.pack) : null;
}

/** a new active publication; the previous one stays (inactive) for rollback */
export async function publish(
  q: Sql,
  p: { pack: string; userId: string; sourceName: string; sourceSha256: string; report: unknown; content: unknown },
): Promise<string> {
  const id = randomUUID();
  await q.run('UPDATE pack_publications SET active = 0 WHERE pack = ?', [p.pack]);
  await q.run(
    'INSERT INTO pack_publications (id, pack, published_by, published_at, source_name, source_sha256, report, content, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)',
    [
      id,
      p.pack,
      p.userId,
      new Date().toISOString(),
      p.sourceName,
      p.sourceSha256,
      JSON.stringify(p.report),
      JSON.stringify(p.content),
    ],
  );
  return id;
}

/** make publication `id` the active one again (rollback); null when unknown */
export async function activate(q: Sql, pack: string, id: string): Promise<unknown | null> {
  const r = await q.get('SELECT content FROM pack_publications WHERE pack = ? AND id = ?', [pack, id]);
  if (!r) return null;
  await q.run('UPDATE pack_publications SET active = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE pack = ?', [id, pack]);
  return JSON.parse(String(r.content));
}

export async function activeContent(q: Sql, pack: string): Promise<unknown | null> {
  const r = await q.get('SELECT content FROM pack_publications WHERE pack = ? AND active = 1', [pack]);
  return r ? JSON.parse(String(r.content)) : null;
}
