/**
 * Findings of the reliability suites that need a fix outside the test code (docs/reliability.md,
 * "Open findings"). Tests report them under `test.failing`, so they stay visible and the suite turns
 * red the day a fix lands (then remove the entry).
 */
export const KNOWN_BUGS: { id: string; match: RegExp; fix: string }[] = [
  // none open: lone surrogates and U+0000 in stored text are refused with 400 text-invalid (domain/schemas/api.ts)
];

export const isKnownBug = (failure: string): boolean => KNOWN_BUGS.some((b) => b.match.test(failure));
