import type { z } from 'zod';
import { HttpError } from './errors.js';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function reasonOf(issue: z.core.$ZodIssue, input: unknown): string {
  if (CODE.test(issue.message)) return issue.message;
  const missing = valueAt(input, issue.path) === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union'))
    return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return 'invalid-type';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'too_big':
      return 'too-big';
    case 'too_small':
      return 'too-small';
    case 'invalid_format':
      return 'invalid-format';
    default:
      return 'invalid-value';
  }
}

function fieldOf(issue: z.core.$ZodIssue, where: string): string | undefined {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  if (path.length === 0) return where === 'body' ? undefined : where;
  return path.map(String).join('.');
}

/** For a union (origin body: BOM or quick mode), report the branch that got furthest. */
function firstIssue(issues: z.core.$ZodIssue[]): z.core.$ZodIssue {
  const i = issues[0];
  if (i.code === 'invalid_union' && i.errors.length > 0) {
    const best = [...i.errors].sort((a, b) => a.length - b.length)[0];
    if (best.length > 0) return firstIssue(best.map((x) => ({ ...x, path: [...i.path, ...x.path] })));
  }
  return i;
}

/** Parse `input` with `schema` or throw a 400 with the first issue as reason and field. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = firstIssue(r.error.issues);
  throw new HttpError(400, reasonOf(issue, input), fieldOf(issue, where));
}
