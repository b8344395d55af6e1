import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';
import { useDirectoryData, useRollback, useSaveEdit } from './directory/directory-api.js';
import { DirectoryHistory } from './directory/directory-history.js';
import { ProgrammeEditForm } from './directory/programme-edit-form.js';
import { UnitEditForm } from './directory/unit-edit-form.js';

type Kind = 'units' | 'programmes';

/** admin: keep programmes and contact units current, each change with its source */
export function DirectoryEditPage() {
  const { t, i18n } = useTranslation(STAFF_NS);
  const zh = i18n.language.startsWith('zh');
  const dir = useDirectoryData();
  const [kind, setKind] = useState<Kind>('units');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  const records = (kind === 'units' ? dir.data?.units : dir.data?.programmes) ?? [];
  const label = (r: { id: string; names: { zh: string; en: string } }) => `${zh ? r.names.zh : r.names.en} (${r.id})`;
  const q = search.trim().toLowerCase();
  const shown = records.filter((r) => !q || `${r.names.zh} ${r.names.en} ${r.id}`.toLowerCase().includes(q));
  const selected = records.find((r) => r.id === chosen);
  const save = useSaveEdit(() => setStatus(t('directory.saved', { name: selected ? label(selected) : chosen })));
  const rollback = useRollback();
  const activate = (id: string) => {
    setStatus('');
    rollback.mutate(id, { onSuccess: () => setStatus(t('directory.rolledBack')) });
  };
  if (!dir.data) return <StaffError error={dir.error} />;
  const d = dir.data;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('directory.heading')}</h1>
      <p>{t('directory.intro')}</p>
      <div role="status" className="font-bold text-green-800">
        {status}
      </div>
      <StaffError error={rollback.error} />
      <div className="flex flex-wrap gap-6">
        <div>
          <label htmlFor="dir-kind" className="mb-1 block font-bold">
            {t('directory.kind')}
          </label>
          <select
            id="dir-kind"
            className="border-2 border-slate-800 p-2"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setChosen('');
            }}
          >
            <option value="units">{t('directory.kindUnit')}</option>
            <option value="programmes">{t('directory.kindProgramme')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="dir-search" className="mb-1 block font-bold">
            {t('directory.search')}
          </label>
          <input
            id="dir-search"
            type="search"
            className="border-2 border-slate-800 p-2"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
      </div>
      <label htmlFor="dir-record" className="block font-bold">
        {t('directory.record', { count: shown.length })}
      </label>
      <select
        id="dir-record"
        size={8}
        className="w-full max-w-2xl border-2 border-slate-800 p-2"
        value={chosen}
        onChange={(e) => {
          setChosen(e.target.value);
          setStatus('');
          save.reset();
        }}
      >
        {shown.map((r) => (
          <option key={r.id} value={r.id}>
            {label(r)}
          </option>
        ))}
      </select>
      {selected && kind === 'units' ? (
        <UnitEditForm
          key={`${selected.id}-${d.version}`}
          unit={d.units.find((u) => u.id === chosen)!}
          dir={d}
          save={save}
        />
      ) : null}
      {selected && kind === 'programmes' ? (
        <ProgrammeEditForm
          key={`${selected.id}-${d.version}`}
          programme={d.programmes.find((p) => p.id === chosen)!}
          dir={d}
          save={save}
        />
      ) : null}
      <DirectoryHistory dir={d} onActivate={activate} />
    </div>
  );
}
