export * from './flags.js';
export * from './lookup.js';
export * from './rows.js';
