import { randomUUID } from 'node:crypto';
import { notify } from '../store/sql-runner.js';
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

/** the channel every server listens on (Store.listen); the payload is the pack's name */
export const PUBLICATIONS_CHANNEL = 'publications';

/**
 * Serialise the publishes and rollbacks of one pack until the transaction ends: a PostgreSQL
 * transaction-scoped advisory lock (across servers); on SQLite, BEGIN IMMEDIATE already holds the
 * file's write lock. Call first in the transaction, before reading the active publication.
 */
export async function lockPack(q: Sql, pack: string): Promise<void> {
  if (q.kind === 'postgres') await q.get('SELECT pg_advisory_xact_lock(4242002, hashtext(?))', [pack]);
}

/** a new active publication; the previous one stays (inactive) for rollback. Call inside a transaction after lockPack. */
export async function publish(
  q: Sql,
  p: { pack: string; userId: string; sourceName: string; sourceSha256: string; report: unknown; content: unknown },
): Promise<string> {
  const id = randomUUID();
  await q.run('UPDATE pack_publications SET active = 0 WHERE pack = ? AND active = 1', [p.pack]);
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
  await notify(q, PUBLICATIONS_CHANNEL, p.pack);
  return id;
}

/** make publication `id` the active one again (rollback); null when unknown. Inside a transaction after lockPack. */
export async function activate(q: Sql, pack: string, id: string): Promise<unknown | null> {
  const r = await q.get('SELECT content FROM pack_publications WHERE pack = ? AND id = ?', [pack, id]);
  if (!r) return null;
  // first off, then on: the unique index (one active row per pack) holds after every statement
  await q.run('UPDATE pack_publications SET active = 0 WHERE pack = ? AND active = 1 AND id <> ?', [pack, id]);
  await q.run('UPDATE pack_publications SET active = 1 WHERE pack = ? AND id = ?', [pack, id]);
  await notify(q, PUBLICATIONS_CHANNEL, pack);
  return JSON.parse(String(r.content));
}

/** no publication active: the pack the servers booted with is served (rollback to 'original') */
export async function deactivateAll(q: Sql, pack: string): Promise<void> {
  await q.run('UPDATE pack_publications SET active = 0 WHERE pack = ? AND active = 1', [pack]);
  await notify(q, PUBLICATIONS_CHANNEL, pack);
}

/** the active publication of `pack` (id and content), or null while the boot pack is served */
export async function activePublication(q: Sql, pack: string): Promise<{ id: string; content: unknown } | null> {
  const r = await q.get(
    'SELECT id, content FROM pack_publications WHERE pack = ? AND active = 1 ORDER BY published_at DESC, id DESC',
    [pack],
  );
  return r ? { id: String(r.id), content: JSON.parse(String(r.content)) } : null;
}

export async function activeContent(q: Sql, pack: string): Promise<unknown | null> {
  return (await activePublication(q, pack))?.content ?? null;
}

/** the cheap version query: the active publication id of every pack that has one (index-only on both stores) */
export async function activeVersions(q: Sql): Promise<Map<string, string>> {
  const rows = await q.all('SELECT pack, id FROM pack_publications WHERE active = 1');
  return new Map(rows.map((r) => [String(r.pack), String(r.id)]));
}

/** the stored content of one publication */
export async function publicationContent(q: Sql, id: string): Promise<unknown | null> {
  const r = await q.get('SELECT content FROM pack_publications WHERE id = ?', [id]);
  return r ? JSON.parse(String(r.content)) : null;
}
