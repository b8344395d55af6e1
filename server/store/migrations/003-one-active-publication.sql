-- 003: at most one active publication per pack, enforced by the database.
-- Portable SQL: runs unchanged on SQLite and PostgreSQL.

-- Two publishes that raced before this index existed could both be left active: keep the newest
-- (by time, then id, the order the server restores by) and mark the others inactive (kept for rollback).
UPDATE pack_publications SET active = 0
WHERE active = 1 AND id NOT IN (
  SELECT id FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY pack ORDER BY published_at DESC, id DESC) AS rn
    FROM pack_publications WHERE active = 1
  ) newest WHERE rn = 1
);

CREATE UNIQUE INDEX pack_publications_one_active ON pack_publications (pack) WHERE active = 1;
