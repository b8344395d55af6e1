import { DESTINATIONS } from '../../../../../domain/schemas/index.js';

/** One product row of a workshop batch: code or name, destination, optional value and origin share. */
export interface BatchItem {
  row: number;
  code?: string;
  name?: string;
  dest: string;
  value?: number;
  share?: number;
}

export interface BatchRowError {
  row: number;
  reason: string;
  field?: string;
}

export const MAX_BATCH_ROWS = 1000;

/** accepted header names (lower case), English and Chinese */
const HEADERS: Record<keyof Omit<BatchItem, 'row'>, string[]> = {
  code: ['code', 'hs', 'hs code', 'hscode', '编码', '商品编码', 'hs编码'],
  name: ['name', 'product', 'description', '品名', '商品名称', '产品'],
  dest: ['dest', 'destination', 'country', '目的国', '出口国', '国家'],
  value: ['value', 'fob', 'value usd', '货值', '金额'],
  share: ['share', 'rvc', 'origin share', 'regional value content', '区域价值成分', '原产比例'],
};

const num = (s: string) => {
  const t = s.replace(/[,\s%]/g, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return t === '' ? undefined : Number(t);
};

/** rows of cell text (first row = header) -> items and per-row errors; nothing is guessed */
export function parseBatch(rows: string[][]): { items: BatchItem[]; errors: BatchRowError[] } {
  const errors: BatchRowError[] = [];
  const items: BatchItem[] = [];
  if (rows.length === 0) return { items, errors: [{ row: 1, reason: 'batch-empty' }] };
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries(
    Object.entries(HEADERS).map(([k, names]) => [k, header.findIndex((h) => names.includes(h))]),
  ) as Record<keyof typeof HEADERS, number>;
  if (col.dest < 0) return { items, errors: [{ row: 1, reason: 'batch-column-missing', field: 'dest' }] };
  if (col.code < 0 && col.name < 0)
    return { items, errors: [{ row: 1, reason: 'batch-column-missing', field: 'code' }] };
  if (rows.length - 1 > MAX_BATCH_ROWS) return { items, errors: [{ row: 1, reason: 'batch-too-many-rows' }] };
  rows.slice(1).forEach((r, i) => {
    const row = i + 2;
    const cell = (k: keyof typeof HEADERS) => (col[k] >= 0 ? (r[col[k]] ?? '').trim() : '');
    if (r.every((c) => !c.trim())) return;
    const dest = cell('dest').toUpperCase();
    const code = cell('code').replace(/[^\d０-９]/g, '') || undefined;
    const name = cell('name') || undefined;
    const value = num(cell('value'));
    const share = num(cell('share'));
    if (!(DESTINATIONS as string[]).includes(dest)) return errors.push({ row, reason: 'dest-invalid', field: 'dest' });
    if (!code && !name) return errors.push({ row, reason: 'code-or-name-required', field: 'code' });
    if (value !== undefined && !(Number.isFinite(value) && value >= 0))
      return errors.push({ row, reason: 'value-invalid', field: 'value' });
    if (share !== undefined && !(Number.isFinite(share) && share >= 0 && share <= 100))
      return errors.push({ row, reason: 'share-range', field: 'share' });
    items.push({ row, code, name, dest, value, share });
  });
  return { items, errors };
}
