import type { TFunction } from 'i18next';
import type { BatchResult } from './run-batch.js';

/** the columns a person reads (table, CSV, XLSX), all in the UI's language */
export const WORD_COLUMNS = [
  'row',
  'input',
  'code',
  'dest',
  'mfn',
  'rcep',
  'lines',
  'rcepStatus',
  'rcepYear',
  'saving',
  'verdict',
  'programmes',
  'note',
] as const;
export type WordColumn = (typeof WORD_COLUMNS)[number];

/** the columns a program reads (CSV only): reason codes and ids, as the API gives them */
export const MACHINE_COLUMNS = ['rcepStatusId', 'verdictId', 'programmeIds', 'errorId', 'flagIds'] as const;

const pct = (v: number | null) => (v === null ? '' : `${v}%`);
const span = (lo: number | null, hi: number | null) =>
  lo === null ? '' : hi === null || hi === lo ? pct(lo) : `${pct(lo)}–${pct(hi)}`;

/** words of a reason code from the main namespace, the code itself only when no words exist */
const main = (t: TFunction, key: string, code: string) =>
  code ? t(key, { ns: 'translation', defaultValue: code }) : '';

/**
 * One result row in words: rates as "5%" or a range "0%–5%" over the national lines, status and
 * verdict as sentences, programmes by name. `nameOf` gives a programme's name in the UI language.
 */
export function rowWords(r: BatchResult, t: TFunction, nameOf: (id: string) => string): Record<WordColumn, string> {
  const range = r.lines.length > 1;
  return {
    row: String(r.row),
    input: r.input,
    code: r.code,
    dest: main(t, `parties.${r.dest}`, r.dest),
    mfn: range ? span(r.mfn, r.mfnMax) : pct(r.mfn),
    rcep: range ? span(r.rcep, r.rcepMax) : pct(r.rcep),
    lines: range
      ? t('batch.words.lines', { count: r.lines.length, free: r.freeLines })
      : r.error
        ? ''
        : t('batch.words.oneLine'),
    rcepStatus: range
      ? t('batch.words.range')
      : r.rcepStatus
        ? t(`batch.words.status.${r.rcepStatus}`, {
            defaultValue: main(t, `result.status.${r.rcepStatus}`, r.rcepStatus),
          })
        : '',
    rcepYear: r.rcepYear === null ? '' : t('batch.words.year', { n: r.rcepYear }),
    saving: r.saving === null ? '' : `${r.saving} ${r.currency}`.trim(),
    verdict: r.verdict
      ? t(`batch.words.verdict.${r.verdict}`, {
          defaultValue: main(t, `result.origin.verdict.${r.verdict}`, r.verdict),
        })
      : '',
    programmes: r.programmes.map(nameOf).join('; '),
    note: [
      ...r.flags.map((f) => t(`batch.words.flag.${f}`, { defaultValue: f })),
      ...(r.error
        ? [
            t(`batch.words.error.${r.error}`, {
              defaultValue: main(t, `errors.${r.error}`, t('batch.words.error.other')),
            }),
          ]
        : []),
    ].join(' '),
  };
}

/** the machine columns of one row: the same facts as codes and ids */
export function rowIds(r: BatchResult): Record<(typeof MACHINE_COLUMNS)[number], string> {
  return {
    rcepStatusId: r.rcepStatus,
    verdictId: r.verdict,
    programmeIds: r.programmes.join(' '),
    errorId: r.error,
    flagIds: r.flags.join(' '),
  };
}
