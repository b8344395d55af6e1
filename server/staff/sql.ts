import type { SqlRunner } from '../store/sql-runner.js';
import type { Store } from '../store/types.js';

export { forUpdate, type Row, type Sql, type SqlRunner } from '../store/sql-runner.js';

/** The store's SQL runner (kept as a function so the staff modules read `sqlRunner(store)` as before). */
export function sqlRunner(store: Store): SqlRunner {
  return store.sql;
}
