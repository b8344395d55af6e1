import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInfo } from '../../../domain/schemas/index.js';

/** Describe a raw mirror file: its sha256 is computed from the bytes read, the rest is given by the importer. */
export function sourceInfo(from: string, file: string, meta: Omit<SourceInfo, 'file' | 'sha256'>): SourceInfo {
  const sha256 = createHash('sha256')
    .update(readFileSync(join(from, file)))
    .digest('hex');
  return { ...meta, file, sha256 };
}
