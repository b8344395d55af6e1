import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Find the module under `dir` that exports function `name` (by reading the sources, so probe scripts with
 * side effects are never imported) and load it. Returns undefined when no such export exists yet.
 */
export async function findExport<F>(dir: string, name: string): Promise<{ fn: F; file: string } | undefined> {
  if (!existsSync(dir)) return undefined;
  const pattern = new RegExp(`export\\s+(async\\s+)?function\\s+${name}\\b|export\\s+const\\s+${name}\\b`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  for (const f of files) {
    const file = join(dir, f);
    if (!pattern.test(readFileSync(file, 'utf8'))) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    if (typeof mod[name] === 'function') return { fn: mod[name] as F, file };
  }
  return undefined;
}
