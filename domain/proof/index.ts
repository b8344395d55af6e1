export * from './types.js';
export { proofOptions, CN_ISSUERS, LOW_VALUE_USD } from './proof-options.js';
export { annex3bChecklist } from './checklist.js';
