/** The same raw files give the same pack bytes (the full build is compared by sha256 in data/README.md's promise). */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { importAnnex1 } from '../annex1/import-annex1.js';
import { importHs } from '../hs/import-hs.js';
import { importKcs } from '../kcs/import-kcs.js';
import { importKorea } from '../kr/import-korea.js';
import { stableStringify } from './write-pack.js';

const FROM = process.env.RCEP_RAW ?? '../shared/data';
const d = existsSync(`${FROM}/hs`) ? describe : describe.skip;

d('determinism', () => {
  it('importing twice gives byte-identical JSON', async () => {
    const [a, b] = [await importHs(FROM, process.cwd()), await importHs(FROM, process.cwd())];
    expect(stableStringify(a)).toBe(stableStringify(b));
    const [x, y] = [await importAnnex1(FROM), await importAnnex1(FROM)];
    expect(stableStringify(x)).toBe(stableStringify(y));
  });
  it('reading a KCS workbook and the Korean tariff twice gives the same bytes, with no U+FFFD', async () => {
    // the KCS workbooks are read through the zip reader: ExcelJS's streaming reader gave different cells per run
    const [a, b] = [await importKcs(FROM, 'VN'), await importKcs(FROM, 'VN')];
    const text = stableStringify({ ...a, english: [...a.english] });
    expect(stableStringify({ ...b, english: [...b.english] })).toBe(text);
    expect(text.includes('\uFFFD')).toBe(false);
    const [k1, k2] = [await importKorea(FROM), await importKorea(FROM)];
    expect(stableStringify(k2)).toBe(stableStringify(k1));
  }, 60_000);
  it('does not depend on how the mirror path is written', async () => {
    // the same folder written relative to the working directory and absolute (RCEP_RAW may be either)
    const rel = await importAnnex1(relative(process.cwd(), FROM));
    const abs = await importAnnex1(resolve(FROM));
    expect(stableStringify(abs)).toBe(stableStringify(rel));
  });
});
