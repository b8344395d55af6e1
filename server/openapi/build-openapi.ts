import { z } from 'zod';
import type { RouteDef } from '../routes/route.js';

type Json = Record<string, unknown>;

const toSchema = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  return rest;
};

/** '/api/v1/lines/:dest/:code' -> '/api/v1/lines/{dest}/{code}' */
export const openApiPath = (p: string): string => p.replace(/:([A-Za-z_]+)/g, '{$1}');

function parameters(s: z.ZodType | undefined, where: 'query' | 'path'): Json[] {
  if (!s) return [];
  const js = toSchema(s, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema,
  }));
}

/** OpenAPI 3.1 document of the registered routes, generated from their zod schemas. */
export function buildOpenApi(routes: RouteDef[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const op: Json = {
      operationId: r.operationId,
      tags: [r.tag],
      summary: r.summary,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: Object.fromEntries(
        Object.entries(r.responses).map(([status, d]) => [
          status,
          {
            description: d.description,
            ...(d.schema || status === '200'
              ? {
                  content: {
                    [d.contentType ?? 'application/json']: { schema: d.schema ? toSchema(d.schema, 'output') : {} },
                  },
                }
              : {}),
          },
        ]),
      ),
    };
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } };
    (paths[openApiPath(r.path)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'RCEP Navigator API',
      version,
      description:
        'Errors: { "error": { "reason": "<kebab-case code>", "field"?: "..." } }. Public routes are rate limited (429 rate-limited).',
    },
    servers: [{ url: '/' }],
    paths,
  };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain HTML page listing the routes (no scripts, no inline styles: CSP). */
export function docsPage(routes: RouteDef[]): string {
  const rows = routes
    .map(
      (r) =>
        `<tr><td>${r.method.toUpperCase()}</td><td><code>${esc(openApiPath(r.path))}</code></td><td>${esc(r.summary)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>RCEP Navigator API v1</title></head>
<body><h1>RCEP Navigator API v1</h1>
<p>Machine-readable document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<p>Errors: <code>{ "error": { "reason": "&lt;code&gt;", "field": "..." } }</code></p>
<table><thead><tr><th>method</th><th>path</th><th>what</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}
