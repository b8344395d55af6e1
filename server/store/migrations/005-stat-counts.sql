-- 005: anonymous check statistics kept as counters (day x dimension x key), bumped in the same
-- transaction as the record they count, so the statistics page never re-reads every enquiry.
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Enquiries stored before this migration are
-- counted as checks per day; their other dimensions were never the server's own findings for all of them.
CREATE TABLE stat_counts (
  day TEXT NOT NULL,
  dimension TEXT NOT NULL,
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (day, dimension, key)
);
INSERT INTO stat_counts (day, dimension, key, n)
  SELECT substr(created_at, 1, 10), 'checks', 'all', COUNT(*) FROM enquiries GROUP BY substr(created_at, 1, 10);
