import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitEditBodySchema } from '../../../../../domain/schemas/directory-edit.js';
import type { ContactUnit } from '../../../../../domain/schemas/programme.js';
import { Button } from '../../../components/ui/fields.js';
import { todayIso } from '../../../lib/format.js';
import { STAFF_NS } from '../staff-i18n.js';
import type { DirectoryAnswer } from '../../../../../domain/schemas/staff-data.js';
import { ErrorList } from './error-list.js';
import { Field } from './field.js';
import { issuesOf, serverError, type FieldErrors } from './field-errors.js';
import { emptySource, SourceFields, sourceBody } from './source-fields.js';

/** a contact unit's names and contact details, saved with the published source they were read from */
export function UnitEditForm({
  unit,
  dir,
  save,
}: {
  unit: ContactUnit;
  dir: DirectoryAnswer;
  save: { mutate: (e: { kind: 'units'; id: string; body: unknown }) => void; isPending: boolean; error: unknown };
}) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const name = i18n.language.startsWith('zh') ? unit.names.zh : unit.names.en;
  const [form, setForm] = useState({
    zh: unit.names.zh,
    en: unit.names.en,
    phone: unit.phone,
    address: unit.address,
    url: unit.url,
  });
  const [source, setSource] = useState(emptySource(todayIso()));
  const [errors, setErrors] = useState<FieldErrors>([]);
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  const submit = () => {
    const body = {
      version: dir.version,
      names: { zh: form.zh, en: form.en },
      phone: form.phone,
      address: form.address,
      url: form.url,
      source: sourceBody(source, dir.docs),
    };
    const found = issuesOf(unitEditBodySchema, body);
    setErrors(found);
    if (found.length === 0) save.mutate({ kind: 'units', id: unit.id, body });
  };
  const shown = errors.length ? errors : serverError(save.error);
  return (
    <form
      noValidate
      className="space-y-2"
      aria-labelledby="dir-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="dir-form-heading" className="text-2xl font-bold">
        {t('directory.editUnit', { name, id: unit.id })}
      </h2>
      <ErrorList errors={shown} />
      <p>{unit.detailSource ? t('directory.currentSource', unit.detailSource) : t('directory.noDetails')}</p>
      <Field
        id="dir-names-zh"
        label={t('directory.field.names.zh')}
        errors={shown}
        value={form.zh}
        onChange={set('zh')}
      />
      <Field
        id="dir-names-en"
        label={t('directory.field.names.en')}
        errors={shown}
        value={form.en}
        onChange={set('en')}
      />
      <Field
        id="dir-phone"
        type="tel"
        label={t('directory.field.phone')}
        hint={t('directory.phoneHint')}
        errors={shown}
        value={form.phone}
        onChange={set('phone')}
      />
      <Field
        id="dir-address"
        label={t('directory.field.address')}
        hint={t('directory.emptyHint')}
        errors={shown}
        value={form.address}
        onChange={set('address')}
      />
      <Field
        id="dir-url"
        type="url"
        label={t('directory.field.url')}
        hint={t('directory.urlHint')}
        errors={shown}
        value={form.url}
        onChange={set('url')}
      />
      <SourceFields value={source} onChange={setSource} errors={shown} docs={dir.docs} allowPolicy={false} />
      <Button type="submit" disabled={save.isPending}>
        {t('directory.save')}
      </Button>
    </form>
  );
}
