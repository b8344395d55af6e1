import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

/**
 * Remembers which exact pack bytes (sha256) passed schema validation under which schema code
 * (fingerprint of domain/schemas/*.ts), in RCEP_DATA_DIR/cache/validated.json. A pack whose bytes
 * and schemas are unchanged is not re-validated at the next boot; any change re-validates it.
 */
export class ValidatedCache {
  private file?: string;
  private fingerprint?: string;
  private known = new Set<string>();
  private dirty = false;

  constructor(root: string, cacheDir?: string) {
    const schemas = path.join(root, 'domain', 'schemas');
    if (!cacheDir || !fs.existsSync(schemas)) return;
    const h = createHash('sha256');
    for (const f of fs
      .readdirSync(schemas)
      .filter((x) => x.endsWith('.ts'))
      .sort())
      h.update(f).update(fs.readFileSync(path.join(schemas, f)));
    this.fingerprint = h.digest('hex');
    this.file = path.join(cacheDir, 'validated.json');
    try {
      const j = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { fingerprint?: string; packs?: string[] };
      if (j.fingerprint === this.fingerprint && Array.isArray(j.packs)) this.known = new Set(j.packs);
    } catch {
      /* no cache yet */
    }
  }

  has(sha: string): boolean {
    return this.known.has(sha);
  }

  add(sha: string): void {
    if (!this.file || this.known.has(sha)) return;
    this.known.add(sha);
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ fingerprint: this.fingerprint, packs: [...this.known].sort() }));
    fs.renameSync(tmp, this.file);
  }
}

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
