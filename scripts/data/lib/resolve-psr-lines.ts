import type { PsrRow, TariffLine } from '../../../domain/schemas/index.js';

export type ResolvePsrUnit = (code: string, rowsByUnit: Map<string, PsrRow>) => string | undefined;

/** Set `psr` on every HS 2022 national line (subheading, else heading, else chapter). Returns lines left unresolved. */
export function resolvePsrLines(lines: TariffLine[], rows: PsrRow[], resolve: ResolvePsrUnit): string[] {
  const rowsByUnit = new Map(rows.filter((r) => r.hsVersion === '2022').map((r) => [r.unit, r] as const));
  const unresolved: string[] = [];
  for (const l of lines) {
    const unit = l.hsVersion === '2022' ? resolve(l.code, rowsByUnit) : undefined;
    if (unit) l.psr = unit;
    else {
      delete l.psr;
      unresolved.push(l.code);
    }
  }
  return unresolved;
}
