import type { RateExpr } from '../../../domain/schemas/index.js';
import { parseRateCell } from '../../../domain/ingest/rate-cell.js';

/** What one `values_as_printed...` cell of the extracts says: base, the years it prints, and what it leaves out. */
export interface ParsedValues {
  base?: RateExpr;
  years: { rcepYear: number; rate: RateExpr }[];
  /** total number of values (base + years) when the cell states it: "(24 values)" or a complete list */
  total?: number;
  /** "in every column" without a column count */
  everyColumn?: RateExpr;
  /** first and last year not printed (last undefined when the count is not printed) */
  elided?: { fromYear: number; toYear?: number };
  /** values printed after an elision whose year cannot be told */
  unplaced: string[];
  remark?: string;
  /** cells that do not parse as a rate */
  bad: string[];
}

const ELISION = /^\.\.\.\s*(?:\(\s*(\d+)\s*values\s*\))?$/i;
const EVERY = /^(.+?)\s+in every column(?:\s*\(\s*(\d+)\s*values\s*\))?$/i;

/** Parse "5%|0%|...|0%", "35% in every column", "25 in every column (26 values)", "...| 0% + remark 'Unbound for China'". */
export function parseValues(cell: string): ParsedValues {
  const out: ParsedValues = { years: [], unplaced: [], bad: [] };
  let text = cell.trim();
  const remark = /\s*\+\s*remark\s+'([^']*)'\s*$/i.exec(text);
  if (remark) {
    out.remark = remark[1];
    text = text.slice(0, remark.index).trim();
  }
  const every = EVERY.exec(text);
  if (every) {
    const rate = parseRateCell(every[1]);
    if (!rate) return { ...out, bad: [every[1]] };
    out.base = rate;
    if (every[2]) {
      out.total = Number(every[2]);
      for (let y = 1; y < out.total; y++) out.years.push({ rcepYear: y, rate });
    } else out.everyColumn = rate;
    return out;
  }
  const tokens = text.split('|').map((t) => t.trim());
  const cut = tokens.findIndex((t) => t.startsWith('...'));
  const head = cut < 0 ? tokens : tokens.slice(0, cut);
  const tail = cut < 0 ? [] : tokens.slice(cut + 1);
  if (cut >= 0) {
    const m = ELISION.exec(tokens[cut]);
    if (!m) out.bad.push(tokens[cut]);
    else if (m[1]) out.total = Number(m[1]);
  } else out.total = tokens.length;
  head.forEach((t, i) => {
    const rate = parseRateCell(t);
    if (!rate) return void out.bad.push(t);
    if (i === 0) out.base = rate;
    else out.years.push({ rcepYear: i, rate });
  });
  if (cut < 0) return out;
  const lastYear = out.total !== undefined ? out.total - 1 : undefined;
  if (lastYear !== undefined) {
    // values after the elision are the last ones of a known count: their years are known
    tail.forEach((t, i) => {
      const rate = parseRateCell(t);
      if (!rate) return void out.bad.push(t);
      out.years.push({ rcepYear: lastYear - tail.length + 1 + i, rate });
    });
    const toYear = lastYear - tail.length;
    if (toYear >= head.length) out.elided = { fromYear: head.length, toYear };
  } else {
    out.unplaced.push(...tail);
    out.elided = { fromYear: head.length };
  }
  return out;
}
