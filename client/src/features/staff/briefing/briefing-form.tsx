import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESTINATIONS } from '../../../../../domain/schemas/index.js';
import { RadioGroup } from '../../../components/ui/fields.js';
import { STAFF_NS } from '../staff-i18n.js';
import { BRIEFING_MODES, type BriefingMode, type BriefingParams } from './briefing-params.js';

const input = 'block border-2 border-slate-800 p-2 focus:outline-4 focus:outline-yellow-400';

/** Choose the briefing: a product list, a sector (HS chapter range) or a whole country. Hidden when printed. */
export function BriefingForm({ value, onShow }: { value: BriefingParams; onShow: (b: BriefingParams) => void }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const tn = i18n.getFixedT(i18n.language, 'translation');
  const [form, setForm] = useState({
    mode: value.mode,
    dest: value.dest || 'JP',
    codes: value.codes.join(', '),
    chapters: value.chapters || '84-85',
    date: value.date,
  });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  return (
    <form
      className="space-y-4 text-base print:hidden"
      onSubmit={(e) => {
        e.preventDefault();
        const codes = form.codes
          .split(/[,\s]+/)
          .map((c) => c.replace(/\D/g, ''))
          .filter((c) => c.length >= 4);
        onShow({ ...form, codes });
      }}
    >
      <RadioGroup
        id="brief-mode"
        legend={t('briefing.mode.legend')}
        value={form.mode}
        onChange={(m) => set({ mode: m as BriefingMode })}
        options={BRIEFING_MODES.map((m) => ({
          value: m,
          label: t(`briefing.mode.${m}`),
          hint: t(`briefing.mode.${m}Hint`),
        }))}
      />
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="brief-dest" className="block font-bold">
            {t('briefing.dest')}
          </label>
          <select id="brief-dest" className={input} value={form.dest} onChange={(e) => set({ dest: e.target.value })}>
            {DESTINATIONS.map((d) => (
              <option key={d} value={d}>
                {tn(`parties.${d}`)} ({d})
              </option>
            ))}
          </select>
        </div>
        {form.mode === 'products' ? (
          <div>
            <label htmlFor="brief-codes" className="block font-bold">
              {t('briefing.codes')}
            </label>
            <input
              id="brief-codes"
              className={input}
              value={form.codes}
              onChange={(e) => set({ codes: e.target.value })}
            />
          </div>
        ) : null}
        {form.mode === 'sector' ? (
          <div>
            <label htmlFor="brief-chapters" className="block font-bold">
              {t('briefing.chapters')}
            </label>
            <input
              id="brief-chapters"
              className={input}
              value={form.chapters}
              inputMode="numeric"
              onChange={(e) => set({ chapters: e.target.value })}
            />
          </div>
        ) : null}
        <div>
          <label htmlFor="brief-date" className="block font-bold">
            {t('briefing.date')}
          </label>
          <input
            id="brief-date"
            className={input}
            type="date"
            value={form.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </div>
        <button
          type="submit"
          className="bg-green-800 px-4 py-2 font-bold text-white focus:outline-4 focus:outline-yellow-400"
        >
          {t('briefing.show')}
        </button>
      </div>
    </form>
  );
}
