import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { readZipEntries } from './xlsx-zip.js';

/**
 * The first worksheet of a KCS .xlsx as rows of cell text (rows[i] = worksheet row i + 1, cells by
 * column, every cell trimmed, gaps ''): the first sheet in workbook order (the KCS ID workbook has a
 * stray second sheet). Used for all 13 KCS tables (JP too).
 *
 * The sheet XML is read from the zip and decoded as one UTF-8 buffer (see xlsx-zip.ts for why not
 * ExcelJS's streaming reader, which corrupted cells such as `WTO (Ｆｒｅｅ)`); ExcelJS's full
 * workbook reader is correct but takes ~75 s on the 12k-row AU table on this machine, this ~1 s.
 * Cell text follows what ExcelJS gave: shared and inline strings (rich-text runs joined, phonetic
 * runs left out), numbers as JavaScript prints them, booleans 'true'/'false', errors ''.
 */
export async function readFirstSheetFast(file: string): Promise<string[][]> {
  return readFirstSheet(readFileSync(file), file);
}

export function readFirstSheet(zip: Buffer, label = 'workbook'): string[][] {
  const meta = readZipEntries(zip, (n) =>
    /^\/?xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml)$/.test(n),
  );
  const workbook = text(meta, 'xl/workbook.xml', label);
  const firstSheet = /<sheet\b[^>]*>/.exec(workbook)?.[0];
  const rid = firstSheet && attr(firstSheet, 'r:id');
  if (!rid) throw new Error(`no worksheet in ${label}`);
  const rels = text(meta, 'xl/_rels/workbook.xml.rels', label);
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === rid);
  const target = rel && attr(rel, 'Target');
  if (!target) throw new Error(`${label}: worksheet ${rid} has no target`);
  const sheetPath = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
  const shared = meta.has('xl/sharedStrings.xml')
    ? sharedStrings(meta.get('xl/sharedStrings.xml')!.toString('utf8'))
    : [];
  const sheet = readZipEntries(zip, (n) => n.replace(/^\//, '') === sheetPath).get(sheetPath);
  if (!sheet) throw new Error(`${label}: ${sheetPath} missing`);
  return sheetRows(sheet.toString('utf8'), shared);
}

function text(entries: Map<string, Buffer>, name: string, label: string): string {
  const b = entries.get(name);
  if (!b) throw new Error(`${label}: ${name} missing`);
  return b.toString('utf8');
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[2] ?? m[3] ?? '') : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeXml(raw: string): string {
  // XML 1.0 §2.11: a parser passes every CR LF or lone CR in the text on as LF (a &#13; stays CR)
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}

/** Text of an <si> or <is>: its <t> elements outside phonetic runs (<rPh>), joined. */
function stringItem(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').replace(/<phoneticPr\b[^>]*\/>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += decodeXml(m[1] ?? '');
  return out;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => stringItem(m[1] ?? ''));
}

/** "AB12" -> 28 (1-based column number) */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

function cellValue(type: string | undefined, inner: string, shared: string[]): string {
  if (type === 'inlineStr') {
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner);
    return is ? stringItem(is[1]!) : '';
  }
  const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return '';
  const raw = decodeXml(v);
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'str':
      return raw;
    case 'b':
      return raw === '1' ? 'true' : 'false';
    case 'e':
      return '';
    case 'd':
      return raw.slice(0, 10);
    default: {
      const n = Number(raw);
      return Number.isFinite(n) ? String(n) : raw;
    }
  }
}

function sheetRows(xml: string, shared: string[]): string[][] {
  const rows: string[][] = [];
  let next = 1;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attr(rm[1]!, 'r') ?? next);
    next = r + 1;
    const cells: string[] = [];
    let col = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cm[1]!, 'r');
      col = ref ? columnOf(ref) : col + 1;
      const value = cellValue(attr(cm[1]!, 't'), cm[2] ?? '', shared).trim();
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = value;
    }
    rows[r - 1] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
