export * from './types.js';
export { summariseBriefing } from './summarise-briefing.js';
export { ALL_CHAPTERS } from './chapter-range.js';
