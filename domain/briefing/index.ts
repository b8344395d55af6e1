export * from './types.js';
export { summariseBriefing } from './summarise-briefing.js';
export {
  parseChapterRange,
  isChapterRange,
  inRange,
  rangeLabel,
  ALL_CHAPTERS,
  type ChapterRangeReason,
} from './chapter-range.js';
