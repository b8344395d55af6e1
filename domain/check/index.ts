export * from './types.js';
export { runCheck } from './run-check.js';
