import { annex1PackSchema, hsPackSchema, psrPackSchema, tariffPackSchema } from '../../../domain/schemas/index.js';
import type { DataCheck } from './types.js';

/** Every pack parses with its zod schema (domain/schemas). */
export const schemaValid: DataCheck = {
  name: 'schema-valid',
  description: 'each pack matches its zod schema',
  check(input, report) {
    const packs: [
      string,
      unknown,
      { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
    ][] = [
      ['hs.json', input.hs, hsPackSchema],
      ['psr.json', input.psr, psrPackSchema],
      ['annex1.json', input.annex1, annex1PackSchema],
      ...Object.entries(input.tariffs).map(
        ([d, p]) =>
          [`tariff-${d.toLowerCase()}.json`, p, tariffPackSchema] as [string, unknown, typeof tariffPackSchema],
      ),
    ];
    for (const [file, pack, schema] of packs) {
      if (pack === undefined) {
        report.error('pack-missing', { where: file });
        continue;
      }
      const r = schema.safeParse(pack);
      for (const i of r.error?.issues.slice(0, 10) ?? []) {
        report.error('schema-invalid', { where: `${file} ${i.path.map(String).join('.')}`, actual: i.message });
      }
    }
  },
};
