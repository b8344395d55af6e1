/**
 * Bodies, queries and path parameters of the HTTP API (/api/v1), and the envelopes it answers.
 * Parameters mirror the `rcep` CLI. Query values arrive as text, so numbers are parsed here.
 * Validation messages are kebab-case reason codes; the server turns the first issue into
 * `{ error: { reason, field } }`.
 */
export * from './api-params.js';
export * from './api-engine.js';
export * from './api-programmes.js';
export * from './api-records.js';
export * from './api-answers.js';
