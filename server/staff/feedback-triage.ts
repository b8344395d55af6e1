import type { ContactUnit } from '../../domain/schemas/programme.js';
import { FEEDBACK_PROGRAMME } from '../services/feedback-routing.js';

export interface SuggestedUnit {
  unit: string;
  programme: string;
  role: string;
  citation: unknown;
}

const RANK: Record<string, number> = { lead: 0, responsible: 1, cooperating: 2 };

/**
 * Units the documents name for a report's topic: those with a role for the programme whose id equals
 * the topic (e.g. 'certificate-of-origin'), then those named for obstacle feedback (享惠受阻). Each
 * suggestion carries the seed's citation; a topic no document names gets only the feedback units.
 */
export function suggestUnits(topic: string, units: ContactUnit[] | null): SuggestedUnit[] {
  const out: SuggestedUnit[] = [];
  for (const programme of [topic, FEEDBACK_PROGRAMME]) {
    const found: SuggestedUnit[] = [];
    for (const u of units ?? [])
      for (const r of u.roles ?? [])
        if (r.programme === programme && !out.some((o) => o.unit === u.id) && !found.some((f) => f.unit === u.id))
          found.push({ unit: u.id, programme, role: r.role, citation: r.citation });
    found.sort((a, b) => (RANK[a.role] ?? 9) - (RANK[b.role] ?? 9));
    out.push(...found);
  }
  return out;
}
