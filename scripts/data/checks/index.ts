import { chinaColumn } from './china-column.js';
import { codesWellFormed } from './codes-well-formed.js';
import { manifestMatches } from './manifest-matches.js';
import { noReplacementChar } from './no-replacement-char.js';
import { notAboveBase } from './not-above-base.js';
import { quarantineListed } from './quarantine-listed.js';
import { schemaValid } from './schema-valid.js';
import { sourcesPresent } from './sources-present.js';
import type { DataCheck } from './types.js';
import { yearsMonotone } from './years-monotone.js';
import { zhSubheadingsNamed } from './zh-subheadings-named.js';

export const CHECKS: DataCheck[] = [
  schemaValid,
  codesWellFormed,
  yearsMonotone,
  notAboveBase,
  sourcesPresent,
  chinaColumn,
  manifestMatches,
  quarantineListed,
  zhSubheadingsNamed,
  noReplacementChar,
];
