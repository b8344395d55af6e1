import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeEditBodySchema } from '../../../../../domain/schemas/directory-edit.js';
import type { Programme } from '../../../../../domain/schemas/programme.js';
import { Button } from '../../../components/ui/fields.js';
import { todayIso } from '../../../lib/format.js';
import { STAFF_NS } from '../staff-i18n.js';
import type { DirectoryAnswer } from '../../../../../domain/schemas/staff-data.js';
import { ErrorList } from './error-list.js';
import { Field } from './field.js';
import { issuesOf, serverError, type FieldErrors } from './field-errors.js';
import { ListEditor } from './list-editor.js';
import { docLabel, emptySource, SourceFields, sourceBody } from './source-fields.js';
import { UnitListSelect } from './unit-list-select.js';

type Doc = { zh: string; en: string; doc: string; item: string };
const LISTS = ['leadUnits', 'cooperatingUnits', 'responsibleUnits'] as const;

/** a programme's texts and unit lists; eligibility, benefits and figures are not edited here */
export function ProgrammeEditForm({
  programme: p,
  dir,
  save,
}: {
  programme: Programme;
  dir: DirectoryAnswer;
  save: { mutate: (e: { kind: 'programmes'; id: string; body: unknown }) => void; isPending: boolean; error: unknown };
}) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const zh = i18n.language.startsWith('zh');
  const docIndex = (c: { doc: string; part?: string }) =>
    String(dir.docs.findIndex((d) => docLabel(d) === docLabel(c)));
  const [f, setF] = useState({
    names: p.names,
    summary: p.summary,
    steps: p.steps,
    documents: p.documents.map((d): Doc => ({ ...d.text, doc: docIndex(d.citation), item: d.citation.item })),
    notes: p.notes.join('\n'),
    leadUnits: p.leadUnits,
    cooperatingUnits: p.cooperatingUnits,
    responsibleUnits: p.responsibleUnits,
  });
  const [source, setSource] = useState(emptySource(todayIso()));
  const [errors, setErrors] = useState<FieldErrors>([]);
  const submit = () => {
    const body = {
      version: dir.version,
      names: f.names,
      summary: f.summary,
      steps: f.steps,
      documents: f.documents.map((d) => {
        const c = dir.docs[Number(d.doc)];
        return {
          text: { zh: d.zh, en: d.en },
          citation: { doc: c?.doc ?? '', ...(c?.part ? { part: c.part } : {}), item: d.item },
        };
      }),
      notes: f.notes
        .split('\n')
        .map((n) => n.trim())
        .filter(Boolean),
      leadUnits: f.leadUnits,
      cooperatingUnits: f.cooperatingUnits,
      responsibleUnits: f.responsibleUnits,
      source: sourceBody(source, dir.docs),
    };
    const found = issuesOf(programmeEditBodySchema, body);
    setErrors(found);
    if (found.length === 0) save.mutate({ kind: 'programmes', id: p.id, body });
  };
  const shown = errors.length ? errors : serverError(save.error);
  const text = (id: string, label: string, value: string, onChange: (v: string) => void, multiline = false) => (
    <Field id={id} label={label} errors={shown} value={value} onChange={onChange} multiline={multiline} />
  );
  return (
    <form
      noValidate
      className="space-y-3"
      aria-labelledby="dir-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="dir-form-heading" className="text-2xl font-bold">
        {t('directory.editProgramme', { name: zh ? p.names.zh : p.names.en, id: p.id })}
      </h2>
      <ErrorList errors={shown} />
      <p className="border-l-4 border-blue-700 pl-3">{t('directory.fixedNote')}</p>
      {text('dir-names-zh', t('directory.field.names.zh'), f.names.zh, (v) =>
        setF({ ...f, names: { ...f.names, zh: v } }),
      )}
      {text('dir-names-en', t('directory.field.names.en'), f.names.en, (v) =>
        setF({ ...f, names: { ...f.names, en: v } }),
      )}
      {text(
        'dir-summary-zh',
        t('directory.field.summary.zh'),
        f.summary.zh,
        (v) => setF({ ...f, summary: { ...f.summary, zh: v } }),
        true,
      )}
      {text(
        'dir-summary-en',
        t('directory.field.summary.en'),
        f.summary.en,
        (v) => setF({ ...f, summary: { ...f.summary, en: v } }),
        true,
      )}
      <ListEditor
        id="dir-steps"
        legend={t('directory.field.steps')}
        items={f.steps}
        onChange={(steps) => setF({ ...f, steps })}
        blank={() => ({ zh: '', en: '' })}
        itemLabel={(n) => t('directory.stepLabel', { n })}
        addLabel={t('directory.addStep')}
        removeLabel={(n) => t('directory.removeStep', { n })}
        render={(s, i, set) => (
          <>
            {text(`dir-steps-${i}-zh`, t('directory.zh'), s.zh, (zh) => set({ ...s, zh }), true)}
            {text(`dir-steps-${i}-en`, t('directory.en'), s.en, (en) => set({ ...s, en }), true)}
          </>
        )}
      />
      <ListEditor
        id="dir-documents"
        legend={t('directory.field.documents')}
        items={f.documents}
        onChange={(documents) => setF({ ...f, documents })}
        blank={() => ({ zh: '', en: '', doc: '', item: '' })}
        itemLabel={(n) => t('directory.documentLabel', { n })}
        addLabel={t('directory.addDocument')}
        removeLabel={(n) => t('directory.removeDocument', { n })}
        render={(d, i, set) => (
          <>
            {text(`dir-documents-${i}-text-zh`, t('directory.zh'), d.zh, (zh) => set({ ...d, zh }))}
            {text(`dir-documents-${i}-text-en`, t('directory.en'), d.en, (en) => set({ ...d, en }))}
            <label htmlFor={`dir-documents-${i}-citation-doc`} className="mb-1 block font-bold">
              {t('directory.field.source.doc')}
            </label>
            <select
              id={`dir-documents-${i}-citation-doc`}
              className="mb-4 max-w-2xl border-2 border-slate-800 p-2"
              value={d.doc}
              onChange={(e) => set({ ...d, doc: e.target.value })}
            >
              <option value="">{t('directory.chooseDoc')}</option>
              {dir.docs.map((c, j) => (
                <option key={docLabel(c)} value={String(j)}>
                  {docLabel(c)}
                </option>
              ))}
            </select>
            {text(`dir-documents-${i}-citation-item`, t('directory.field.source.item'), d.item, (item) =>
              set({ ...d, item }),
            )}
          </>
        )}
      />
      <Field
        id="dir-notes"
        label={t('directory.field.notes')}
        hint={t('directory.notesHint')}
        errors={shown}
        value={f.notes}
        onChange={(notes) => setF({ ...f, notes })}
        multiline
      />
      <p id="dir-units-hint" className="text-slate-700">
        {t('directory.unitListsHint')}
      </p>
      {LISTS.map((list) => (
        <UnitListSelect
          key={list}
          id={`dir-${list}`}
          label={t(`directory.field.${list}`)}
          hintId="dir-units-hint"
          units={dir.units}
          value={f[list]}
          onChange={(ids) => setF({ ...f, [list]: ids })}
          errors={shown}
          zh={zh}
        />
      ))}
      <SourceFields value={source} onChange={setSource} errors={shown} docs={dir.docs} allowPolicy />
      <Button type="submit" disabled={save.isPending}>
        {t('directory.save')}
      </Button>
    </form>
  );
}
