-- 002: staff mode (issue 7). Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Tables users, sessions, cases, case_checks and audit_log come from 001; this adds what the staff pages need.

-- feedback triage: the unit a report is (re)assigned to by admin staff
ALTER TABLE feedback ADD COLUMN assigned_unit TEXT;

CREATE INDEX cases_created_at ON cases (created_at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);

-- published data packs (admin upload): every publish kept, newest active; the previous one is the rollback
CREATE TABLE pack_publications (
  id TEXT PRIMARY KEY,
  pack TEXT NOT NULL,
  published_by TEXT NOT NULL REFERENCES users (id),
  published_at TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_sha256 TEXT NOT NULL,
  report TEXT NOT NULL,
  content TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX pack_publications_pack ON pack_publications (pack, published_at);
