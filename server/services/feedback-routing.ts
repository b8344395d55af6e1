/**
 * Which contact unit an obstacle report goes to. A unit is named only when the contact-unit seed
 * gives it a role for the 'obstacle-feedback' programme (the Fuling plan's 享惠受阻 item); otherwise
 * null: the report waits for admin triage. Nothing is guessed.
 */
export const FEEDBACK_PROGRAMME = 'obstacle-feedback';

interface UnitLike {
  id?: unknown;
  roles?: { programme?: unknown; role?: unknown }[];
}

export function routeFeedback(_topic: string, contactUnits: unknown[] | null): string | null {
  const units = (contactUnits ?? []) as UnitLike[];
  const rank = (u: UnitLike) =>
    u.roles?.some((r) => r.programme === FEEDBACK_PROGRAMME && r.role === 'lead')
      ? 0
      : u.roles?.some((r) => r.programme === FEEDBACK_PROGRAMME)
        ? 1
        : 2;
  const best = units.filter((u) => rank(u) < 2 && typeof u.id === 'string').sort((a, b) => rank(a) - rank(b))[0];
  return best ? String(best.id) : null;
}
