import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvFile } from '../../../domain/ingest/operator-file.js';

/** the text of an operator file and what its source record needs (name, sha256 of the bytes read) */
export function readCsvFile(dir: string, file: string): [string, CsvFile] {
  const bytes = readFileSync(join(dir, file));
  return [bytes.toString('utf8'), { file, sha256: createHash('sha256').update(bytes).digest('hex') }];
}
