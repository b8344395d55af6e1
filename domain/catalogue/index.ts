export * from './flags.js';
export * from './lookup.js';
