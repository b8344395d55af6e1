import type { DataCheck } from './types.js';

const FFFD = '\uFFFD';

/**
 * No pack holds U+FFFD (the replacement character): it is what a broken UTF-8 decoding leaves, e.g.
 * a reader that split a multi-byte character at a chunk boundary (`WTO (Ｆｒ��ｅ)`). No source in
 * the mirror prints it, so any occurrence is a corrupted value, never data.
 */
export const noReplacementChar: DataCheck = {
  name: 'no-replacement-char',
  description: 'no pack or manifest text holds U+FFFD (a sign of broken UTF-8 decoding)',
  check(input, report) {
    for (const [file, text] of Object.entries(input.texts).sort()) {
      if (!text.includes(FFFD)) continue;
      const lines = text.split('\n');
      const hits = lines.flatMap((l, i) => (l.includes(FFFD) ? [i + 1] : []));
      const first = lines[hits[0]! - 1]!;
      const at = first.indexOf(FFFD);
      report.error('replacement-character', {
        where: `${file} line ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ', …' : ''}`,
        actual: `${hits.length} line(s), e.g. …${first.slice(Math.max(0, at - 30), at + 30)}…`,
        expected: 'no U+FFFD',
      });
    }
  },
};
