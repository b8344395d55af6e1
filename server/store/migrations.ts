import fs from 'node:fs';
import path from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/** Directory of the numbered SQL migrations (resolved from the repository root). */
export function migrationsDir(root = process.cwd()): string {
  return path.join(root, 'server', 'store', 'migrations');
}

/** Read `NNN-name.sql` files in order; numbers must be 1..n without gaps. */
export function readMigrations(dir = migrationsDir()): Migration[] {
  const list = fs
    .readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .map((f) => {
      const m = FILE.exec(f)!;
      return { version: Number(m[1]), name: m[2], sql: fs.readFileSync(path.join(dir, f), 'utf8') };
    });
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration numbering gap at ${m.version}-${m.name}`);
  });
  return list;
}

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
