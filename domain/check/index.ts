export * from './types.js';
export { runCheck } from './run-check.js';
export { compareLines, type CompareAnswer, type LineCompare } from './compare-lines.js';
