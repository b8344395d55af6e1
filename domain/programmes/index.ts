export * from './match.js';
export * from './facts.js';
export * from './parse-seeds.js';
export * from './answer.js';
