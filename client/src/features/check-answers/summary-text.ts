import type { TFunction } from 'i18next';
import type { Summary, SummaryPart } from '../../../../domain/wizard/index.js';
import { fmtCode, fmtDate, fmtMoney, fmtNumber, fmtPct } from '../../lib/format.js';

/** Render one part of a step's declared summary with the UI's formatters and translations. */
export function partText(p: SummaryPart, t: TFunction): string {
  switch (p.kind) {
    case 'code':
      return fmtCode(p.value);
    case 'text':
      return p.value;
    case 'date':
      return fmtDate(p.value);
    case 'money':
      return fmtMoney(p.value, p.currency);
    case 'number':
      return fmtNumber(p.value);
    case 'pct':
      return fmtPct(p.value);
    case 'list':
      return p.items.map((i) => partText(i, t)).join(t('common.listSep'));
    case 't': {
      const values: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(p.values ?? {})) values[k] = partText(v, t);
      if (p.count !== undefined) values.count = p.count;
      return t(p.key, values);
    }
  }
}

export function summaryText(s: Summary | null, t: TFunction): string | null {
  return s ? s.parts.map((p) => partText(p, t)).join(s.sep) : null;
}
