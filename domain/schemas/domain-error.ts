/** A refusal from the engine: a reason code (never prose) and, where it helps, the field at fault. */
export interface DomainError {
  error: { reason: string; field?: string; detail?: string };
}
