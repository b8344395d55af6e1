import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../components/ui/fields.js';
import { STAFF_NS } from '../staff-i18n.js';
import type { DirectoryAnswer } from '../../../../../domain/schemas/staff-data.js';
import { errorFor, useReason } from './error-list.js';
import { Field } from './field.js';
import type { FieldErrors } from './field-errors.js';

export interface SourceState {
  kind: 'published' | 'policy';
  title: string;
  reference: string;
  asOf: string;
  /** index into the docs list ('' = none chosen) */
  doc: string;
  item: string;
}

export const emptySource = (today: string): SourceState => ({
  kind: 'published',
  title: '',
  reference: '',
  asOf: today,
  doc: '',
  item: '',
});

/** the `source` of an edit body (domain/schemas/directory-edit.ts) */
export function sourceBody(s: SourceState, docs: DirectoryAnswer['docs']) {
  if (s.kind === 'published') return { kind: 'published', title: s.title, reference: s.reference, asOf: s.asOf };
  const d = docs[Number(s.doc)];
  return { kind: 'policy', doc: s.doc === '' || !d ? '' : d.doc, ...(d?.part ? { part: d.part } : {}), item: s.item };
}

export const docLabel = (d: { doc: string; part?: string }) => (d.part ? `${d.doc} ${d.part}` : d.doc);

/** where the admin read the change: a published page or notice, or (programmes) a policy document item */
export function SourceFields({
  value,
  onChange,
  errors,
  docs,
  allowPolicy,
}: {
  value: SourceState;
  onChange: (s: SourceState) => void;
  errors: FieldErrors;
  docs: DirectoryAnswer['docs'];
  allowPolicy: boolean;
}) {
  const { t } = useTranslation(STAFF_NS);
  const reason = useReason();
  const set = (patch: Partial<SourceState>) => onChange({ ...value, ...patch });
  const docError = errorFor(errors, 'dir-source-doc');
  return (
    <fieldset className="space-y-2 border-2 border-slate-300 p-4">
      <legend className="px-1 text-xl font-bold">{t('directory.sourceHeading')}</legend>
      <p className="text-slate-700">{t('directory.sourceHint')}</p>
      {allowPolicy ? (
        <RadioGroup
          id="dir-source-kind"
          legend={t('directory.field.source.kind')}
          value={value.kind}
          onChange={(v) => set({ kind: v as SourceState['kind'] })}
          options={[
            { value: 'published', label: t('directory.sourcePublished') },
            { value: 'policy', label: t('directory.sourcePolicy') },
          ]}
        />
      ) : null}
      {value.kind === 'published' ? (
        <>
          <Field
            id="dir-source-title"
            label={t('directory.field.source.title')}
            hint={t('directory.sourceTitleHint')}
            errors={errors}
            value={value.title}
            onChange={(title) => set({ title })}
          />
          <Field
            id="dir-source-reference"
            label={t('directory.field.source.reference')}
            hint={t('directory.sourceReferenceHint')}
            errors={errors}
            value={value.reference}
            onChange={(reference) => set({ reference })}
          />
          <Field
            id="dir-source-asOf"
            type="date"
            label={t('directory.field.source.asOf')}
            errors={errors}
            value={value.asOf}
            onChange={(asOf) => set({ asOf })}
          />
        </>
      ) : (
        <>
          <div className="mb-4">
            <label htmlFor="dir-source-doc" className="mb-1 block font-bold">
              {t('directory.field.source.doc')}
            </label>
            {docError ? (
              <p id="dir-source-doc-error" className="font-bold text-red-700">
                {reason(docError)}
              </p>
            ) : null}
            <select
              id="dir-source-doc"
              className="max-w-2xl border-2 border-slate-800 p-2"
              value={value.doc}
              aria-describedby={docError ? 'dir-source-doc-error' : undefined}
              onChange={(e) => set({ doc: e.target.value })}
            >
              <option value="">{t('directory.chooseDoc')}</option>
              {docs.map((d, i) => (
                <option key={docLabel(d)} value={String(i)}>
                  {docLabel(d)}
                </option>
              ))}
            </select>
          </div>
          <Field
            id="dir-source-item"
            label={t('directory.field.source.item')}
            hint={t('directory.sourceItemHint')}
            errors={errors}
            value={value.item}
            onChange={(item) => set({ item })}
          />
        </>
      )}
    </fieldset>
  );
}
