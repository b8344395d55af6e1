import type { ProgrammeEditBody, PolicyCitationInput, UnitEditBody } from '../../domain/schemas/directory-edit.js';
import {
  contactUnitSchema,
  programmeSchema,
  type ContactUnit,
  type PolicyCitation,
  type Programme,
  type UnitRole,
} from '../../domain/schemas/programme.js';
import { checkSeedConsistency } from '../../domain/programmes/parse-seeds.js';
import { HttpError } from '../http/errors.js';
import type { DirectoryContent } from './directory-content.js';

/** One edit: the new content, and what changed (the publication's report). */
export interface DirectoryEdit {
  content: DirectoryContent;
  report: {
    kind: 'unit' | 'programme';
    id: string;
    changes: { field: string; before: unknown; after: unknown }[];
    source: unknown;
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const changesOf = <T extends object>(before: T, after: T, fields: (keyof T)[]) =>
  fields
    .filter((f) => !same(before[f], after[f]))
    .map((f) => ({ field: String(f), before: before[f], after: after[f] }));

/** the day after today (UTC): an 'as of' date beyond it is in the future wherever the admin is */
const latestAsOf = (now: Date) => new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);

function publishedSource(s: { title: string; reference: string; asOf: string }, now: Date) {
  if (s.asOf > latestAsOf(now)) throw new HttpError(400, 'source-date-future', 'source.asOf');
  return {
    kind: 'published' as const,
    title: s.title,
    reference: s.reference,
    asOf: s.asOf,
    enteredAt: now.toISOString(),
  };
}

/** Edit a unit's names and contact details; a change of phone, address or url records its source on the unit. */
export function editUnit(cur: DirectoryContent, id: string, body: UnitEditBody, now: Date): DirectoryEdit {
  const before = cur.units.find((u) => u.id === id);
  if (!before) throw new HttpError(404, 'unit-unknown', 'id');
  const source = publishedSource(body.source, now);
  const next: ContactUnit = { ...before, names: body.names, phone: body.phone, address: body.address, url: body.url };
  const changes = changesOf(before, next, ['names', 'phone', 'address', 'url']);
  if (changes.length === 0) throw new HttpError(400, 'nothing-changed');
  if (changes.some((c) => c.field !== 'names')) next.detailSource = source;
  const unit = contactUnitSchema.parse(next);
  return {
    content: { programmes: cur.programmes, units: cur.units.map((u) => (u.id === id ? unit : u)) },
    report: { kind: 'unit', id, changes, source },
  };
}

/** The seed documents as cited anywhere in the seeds: (doc, part) -> file (and note), and the exact citations. */
export function knownCitations(c: DirectoryContent) {
  const all: PolicyCitation[] = [
    ...c.programmes.flatMap((p) => [
      ...p.citations,
      ...p.documents.map((d) => d.citation),
      ...p.benefits.flatMap((b) => b.citations),
    ]),
    ...c.units.flatMap((u) => [...u.citations, ...u.roles.map((r) => r.citation)]),
  ];
  const key = (x: { doc: string; part?: string }) => `${x.doc}\u0001${x.part ?? ''}`;
  const docs = new Map<string, { doc: string; part?: string; file: string; note?: string }>();
  const exact = new Map<string, PolicyCitation>();
  for (const x of all) {
    if (!docs.has(key(x))) docs.set(key(x), { doc: x.doc, part: x.part, file: x.file, note: x.note });
    exact.set(`${key(x)}\u0001${x.item}`, x);
  }
  const resolve = (input: PolicyCitationInput, field: string): PolicyCitation => {
    const known = exact.get(`${key(input)}\u0001${input.item}`);
    if (known) return known;
    const d = docs.get(key(input));
    if (!d) throw new HttpError(400, 'citation-doc-unknown', field);
    return {
      doc: d.doc,
      item: input.item,
      file: d.file,
      ...(d.part ? { part: d.part } : {}),
      ...(d.note ? { note: d.note } : {}),
    };
  };
  return { docs: [...docs.values()], resolve };
}

const LISTS: ['leadUnits' | 'cooperatingUnits' | 'responsibleUnits', UnitRole][] = [
  ['leadUnits', 'lead'],
  ['cooperatingUnits', 'cooperating'],
  ['responsibleUnits', 'responsible'],
];
const citeKey = (c: PolicyCitation) => `${c.doc}|${c.part ?? ''}|${c.item}`;

/**
 * Edit a programme's texts and unit lists. Who leads or cooperates is stated by the policy documents,
 * so changing a unit list needs a policy citation; the units' roles follow with that citation.
 */
export function editProgramme(cur: DirectoryContent, id: string, body: ProgrammeEditBody, now: Date): DirectoryEdit {
  const before = cur.programmes.find((p) => p.id === id);
  if (!before) throw new HttpError(404, 'programme-unknown', 'id');
  const cites = knownCitations(cur);
  const unitIds = new Set(cur.units.map((u) => u.id));
  for (const [list] of LISTS)
    body[list].forEach((u, i) => {
      if (!unitIds.has(u)) throw new HttpError(400, 'unit-unknown', `${list}.${i}`);
    });
  const policy = body.source.kind === 'policy' ? cites.resolve(body.source, 'source') : null;
  const source =
    body.source.kind === 'policy'
      ? { kind: 'policy' as const, citation: policy!, enteredAt: now.toISOString() }
      : publishedSource(body.source, now);
  const next: Programme = {
    ...before,
    names: body.names,
    summary: body.summary,
    steps: body.steps,
    documents: body.documents.map((d, i) => ({
      text: d.text,
      citation: cites.resolve(d.citation, `documents.${i}.citation`),
    })),
    notes: body.notes,
    leadUnits: [...new Set(body.leadUnits)],
    cooperatingUnits: [...new Set(body.cooperatingUnits)],
    responsibleUnits: [...new Set(body.responsibleUnits)],
  };
  const fields = [
    'names',
    'summary',
    'steps',
    'documents',
    'notes',
    'leadUnits',
    'cooperatingUnits',
    'responsibleUnits',
  ] as const;
  const changes = changesOf(before, next, [...fields]);
  if (changes.length === 0) throw new HttpError(400, 'nothing-changed');
  const listsChanged = changes.some((c) => c.field.endsWith('Units'));
  if (listsChanged && !policy) throw new HttpError(400, 'unit-lists-need-policy-citation', 'source');
  next.textSource = source;
  if (policy && !next.citations.some((c) => citeKey(c) === citeKey(policy)))
    next.citations = [...next.citations, policy];
  const programme = programmeSchema.parse(next);
  const programmes = cur.programmes.map((p) => (p.id === id ? programme : p));
  const units = listsChanged ? syncRoles(cur.units, programme, policy!) : cur.units;
  const issues = checkSeedConsistency(programmes, units).filter((x) => x.programme === id);
  if (issues.length) throw new HttpError(400, issues[0].reason, issues[0].unit);
  return { content: { programmes, units }, report: { kind: 'programme', id, changes, source } };
}

/** the units' roles for programme `p` as its lists now say; roles kept keep their citation, new ones cite `policy` */
function syncRoles(units: ContactUnit[], p: Programme, policy: PolicyCitation): ContactUnit[] {
  return units.map((u) => {
    const wanted = LISTS.filter(([list]) => p[list].includes(u.id)).map(([, role]) => role);
    const kept = u.roles.filter((r) => r.programme !== p.id || wanted.includes(r.role));
    const added = wanted
      .filter((role) => !kept.some((r) => r.programme === p.id && r.role === role))
      .map((role) => ({ programme: p.id, role, citation: policy }));
    if (kept.length === u.roles.length && added.length === 0) return u;
    const citations =
      u.citations.some((c) => citeKey(c) === citeKey(policy)) || added.length === 0
        ? u.citations
        : [...u.citations, policy];
    return contactUnitSchema.parse({ ...u, roles: [...kept, ...added], citations });
  });
}
