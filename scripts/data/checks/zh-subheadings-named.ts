import type { DataCheck } from './types.js';

/** How many missing codes the finding spells out; the count is always complete. */
const LISTED = 60;

/**
 * Every HS 2022 subheading has an authored Chinese name. The line chooser, results and slips show the subheading
 * name; a subheading with English only is unusable for most users, so a gap is an error, not a warning.
 */
export const zhSubheadingsNamed: DataCheck = {
  name: 'zh-subheadings-named',
  description:
    'every HS 2022 subheading (6 digits) in hs.json has a Chinese name (data/curated/hs-zh-subheadings-*.json)',
  check(input, report) {
    if (!input.hs) return;
    const missing = input.hs.versions['2022'].filter((n) => n.code.length === 6 && !n.zh?.trim()).map((n) => n.code);
    if (!missing.length) return;
    const chapters = [...new Set(missing.map((c) => c.slice(0, 2)))];
    const shown =
      missing.slice(0, LISTED).join(' ') + (missing.length > LISTED ? ` … (+${missing.length - LISTED} more)` : '');
    report.error('hs-zh-subheading-missing', {
      where: `hs.json chapters ${chapters.join(' ')}`,
      actual: `${missing.length}: ${shown}`,
      expected: 0,
    });
  },
};
