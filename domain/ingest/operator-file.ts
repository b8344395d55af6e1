/** An operator CSV as the ingest parsers see it: its name and the sha256 of its bytes (the caller hashes). */
export interface CsvFile {
  file: string;
  sha256: string;
}

/** the last path segment: operator files are named, not located, in their sources */
export const baseName = (file: string) => file.replace(/^.*[\\/]/, '');

/** The source id of an operator file: `operator-` and its name without `.csv`, in kebab case. */
export const operatorId = (file: string) =>
  `operator-${baseName(file)
    .replace(/\.csv$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;

/** A required column is absent: the whole file is refused (docs/data-layouts.md lists the columns). */
export class OperatorColumnsMissing extends Error {
  constructor(
    file: string,
    readonly columns: string[],
  ) {
    super(`${file}: missing column(s) ${columns.join(', ')} (see docs/data-layouts.md)`);
  }
}

export function requireColumns(file: string, header: string[], required: string[]): void {
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new OperatorColumnsMissing(file, missing);
}
