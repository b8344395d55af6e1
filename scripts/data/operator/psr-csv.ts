import { parseOperatorPsr, type OperatorPsr } from '../../../domain/ingest/operator-psr.js';
import { readCsvFile } from './read-csv-file.js';

/** An operator Annex 3A CSV in `dir`, read by the same text parser as an admin upload. */
export function importOperatorPsr(dir: string, file: string): OperatorPsr {
  return parseOperatorPsr(...readCsvFile(dir, file));
}
