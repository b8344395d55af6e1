import { parseOperatorAnnex1, type OperatorAnnex1 } from '../../../domain/ingest/operator-annex1.js';
import { readCsvFile } from './read-csv-file.js';

/** An operator Annex I schedule CSV in `dir`, read by the same text parser as an admin upload. */
export function importOperatorAnnex1(dir: string, file: string): OperatorAnnex1 {
  return parseOperatorAnnex1(...readCsvFile(dir, file));
}
