export * from './answers.js';
export * from './steps.js';
export * from './flow.js';
export * from './encode.js';
export * from './origin-case-question.js';
