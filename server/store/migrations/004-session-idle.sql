-- 004: staff sessions end after an idle period (last_seen_at), not only at their absolute lifetime.
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. NULL (sessions from before): counts from created_at.
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
