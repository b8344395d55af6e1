import type { Party } from '../schemas/index.js';

const COUNTRY: Record<string, Party> = { china: 'CN', japan: 'JP', korea: 'KR', australia: 'AU', 'new zealand': 'NZ' };

/** Parties a remark such as "Unbound for China" excludes. */
export function parseExclusions(remark: string | undefined): Party[] {
  const m = /unbound for ([a-z ]+)/i.exec(remark ?? '');
  const p = m ? COUNTRY[m[1].trim().toLowerCase()] : undefined;
  return p ? [p] : [];
}
