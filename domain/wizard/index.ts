export * from './answers.js';
export * from './firm-answer.js';
export * from './steps.js';
export * from './step-parts.js';
export * from './flow.js';
export * from './encode.js';
export * from './to-input.js';
export * from './origin-case-question.js';
