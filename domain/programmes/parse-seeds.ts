import { z } from 'zod';
import { contactUnitSchema, programmeSchema } from '../schemas/index.js';
import type { ContactUnit, Programme, UnitRole } from '../schemas/index.js';

/** Validate seeds/programmes.json and seeds/contact-units.json (already parsed JSON). Pure. */
export function parseProgrammes(raw: unknown): Programme[] {
  return z.object({ programmes: z.array(programmeSchema) }).parse(raw).programmes;
}

export function parseContactUnits(raw: unknown): ContactUnit[] {
  return z.object({ units: z.array(contactUnitSchema) }).parse(raw).units;
}

export interface SeedIssue {
  reason:
    | 'duplicate-programme-id'
    | 'duplicate-unit-id'
    | 'unknown-unit'
    | 'role-missing-in-unit'
    | 'role-missing-in-programme';
  programme?: string;
  unit?: string;
  role?: UnitRole;
}

const LISTS: [keyof Pick<Programme, 'leadUnits' | 'cooperatingUnits' | 'responsibleUnits'>, UnitRole][] = [
  ['leadUnits', 'lead'],
  ['cooperatingUnits', 'cooperating'],
  ['responsibleUnits', 'responsible'],
];

/** Cross-checks between the two seeds: every unit a programme names exists and lists that role, and back. */
export function checkSeedConsistency(programmes: readonly Programme[], units: readonly ContactUnit[]): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const pIds = new Set<string>();
  for (const p of programmes) {
    if (pIds.has(p.id)) issues.push({ reason: 'duplicate-programme-id', programme: p.id });
    pIds.add(p.id);
  }
  const byId = new Map<string, ContactUnit>();
  for (const u of units) {
    if (byId.has(u.id)) issues.push({ reason: 'duplicate-unit-id', unit: u.id });
    byId.set(u.id, u);
  }
  for (const p of programmes) {
    for (const [list, role] of LISTS) {
      for (const id of p[list]) {
        const u = byId.get(id);
        if (!u) issues.push({ reason: 'unknown-unit', programme: p.id, unit: id, role });
        else if (!u.roles.some((r) => r.programme === p.id && r.role === role))
          issues.push({ reason: 'role-missing-in-unit', programme: p.id, unit: id, role });
      }
    }
  }
  const progs = new Map(programmes.map((p) => [p.id, p] as const));
  for (const u of units) {
    for (const r of u.roles) {
      const p = progs.get(r.programme);
      const list = LISTS.find(([, role]) => role === r.role)?.[0];
      if (!p || !list || !p[list].includes(u.id))
        issues.push({ reason: 'role-missing-in-programme', programme: r.programme, unit: u.id, role: r.role });
    }
  }
  return issues;
}
