import type { z } from 'zod';
import { ApiError } from '../../../lib/data/api.js';

/** [field path, reason code] pairs, in form order */
export type FieldErrors = [string, string][];

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** every issue of `body` against the shared body schema (the server answers only the first) */
export function issuesOf(schema: z.ZodType, body: unknown): FieldErrors {
  const r = schema.safeParse(body);
  if (r.success) return [];
  const out = new Map<string, string>();
  for (const i of r.error.issues) {
    const path = i.path.map(String).join('.');
    if (!out.has(path)) out.set(path, CODE.test(i.message) ? i.message : 'invalid-value');
  }
  return [...out];
}

/** a server refusal as one field error */
export function serverError(e: unknown): FieldErrors {
  if (!e) return [];
  return e instanceof ApiError ? [[e.field ?? '', e.reason]] : [['', 'internal-error']];
}

/** the element id of a field path ('source.title' -> 'dir-source-title'; list items go to the list) */
export function fieldId(path: string): string {
  const list = /^(leadUnits|cooperatingUnits|responsibleUnits|notes)\b/.exec(path);
  if (list) return `dir-${list[1]}`;
  if (path === 'source') return 'dir-source-title';
  return `dir-${path.replace(/\./g, '-') || 'form'}`;
}

/** the locale key naming a field path ('steps.2.zh' -> 'steps') */
export function fieldKey(path: string): string {
  if (/^(names|summary)\.(zh|en)$/.test(path)) return path;
  if (/^source\.(title|reference|asOf|doc|part|item)$/.test(path)) return path;
  const head = path.split('.')[0];
  return head === 'source' ? 'source.kind' : head || 'form';
}
