-- 001: service records (issue 4) and what staff/cases need later (issue 7).
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Ids are text (UUIDs), times ISO-8601 text, JSON as text.

CREATE TABLE enquiries (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  lang TEXT,
  answers TEXT NOT NULL,
  summary TEXT NOT NULL
);
CREATE INDEX enquiries_created_at ON enquiries (created_at);

CREATE TABLE reference_counters (
  name TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (name, year)
);

CREATE TABLE feedback (
  reference TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  topic TEXT NOT NULL,
  message TEXT NOT NULL,
  dest TEXT,
  code TEXT,
  enquiry_id TEXT REFERENCES enquiries (id),
  contact TEXT,
  consent INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('new', 'in-progress', 'resolved')),
  notes TEXT NOT NULL,
  routed_unit TEXT
);
CREATE INDEX feedback_status ON feedback (status, created_at);

CREATE TABLE feedback_events (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL REFERENCES feedback (reference),
  at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('new', 'in-progress', 'resolved')),
  note TEXT,
  actor TEXT
);
CREATE INDEX feedback_events_reference ON feedback_events (reference, at);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT,
  role TEXT NOT NULL CHECK (role IN ('counter', 'workshop', 'admin')),
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  opened_by TEXT NOT NULL REFERENCES users (id),
  firm_name TEXT,
  firm_contact TEXT,
  consent INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  created_at TEXT NOT NULL,
  closed_at TEXT
);

CREATE TABLE case_checks (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  enquiry_id TEXT REFERENCES enquiries (id),
  created_at TEXT NOT NULL
);
CREATE INDEX case_checks_case ON case_checks (case_id);

CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
