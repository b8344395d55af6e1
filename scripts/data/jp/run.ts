/**
 * Check the Japan importer by hand: node --import tsx scripts/data/jp/run.ts --from /work/shared/data
 * Prints line counts per source year and the quarantine by reason. Writes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importJapan } from './import-japan.js';
import { japanCounts } from './counts.js';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('usage: node --import tsx scripts/data/jp/run.ts --from <raw mirror dir>');
  process.exit(2);
}
const t0 = Date.now();
const result = await importJapan(resolve(values.from));
console.log(JSON.stringify({ ...japanCounts(result), seconds: (Date.now() - t0) / 1000 }, null, 2));
