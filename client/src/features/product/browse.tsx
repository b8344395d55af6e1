import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HsNode } from '../../../../domain/schemas/index.js';
import { fmtCode } from '../../lib/format.js';
import type { ProductSearch } from './search.js';

/** Chapter -> heading -> subheading browse, as a disclosure of buttons (keyboard friendly). */
export function HsBrowse({ index, onPick }: { index: ProductSearch; onPick: (n: HsNode) => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState<string[]>([]);
  const current = path[path.length - 1] ?? '';
  const items = index.children(current);
  return (
    <details className="mt-6 max-w-xl">
      <summary className="cursor-pointer text-blue-800 underline">{t('wizard.product.browse')}</summary>
      <div className="mt-2 border-l-4 border-slate-300 pl-4">
        <nav aria-label={t('wizard.product.browsePath')} className="mb-2 text-sm">
          <button type="button" className="text-blue-800 underline" onClick={() => setPath([])}>
            {t('wizard.product.allChapters')}
          </button>
          {path.map((c, i) => (
            <span key={c}>
              {' › '}
              <button type="button" className="text-blue-800 underline" onClick={() => setPath(path.slice(0, i + 1))}>
                {fmtCode(c)}
              </button>
            </span>
          ))}
        </nav>
        {current.length >= 4 ? (
          <button
            type="button"
            className="mb-2 font-bold text-green-800 underline"
            onClick={() => {
              const n = index.node(current);
              if (n) onPick(n);
            }}
          >
            {t('wizard.product.useThis', { code: fmtCode(current) })}
          </button>
        ) : null}
        <ul className="max-h-96 space-y-1 overflow-auto">
          {items.map((n) => (
            <li key={n.code}>
              <button
                type="button"
                className="text-left text-blue-800 underline"
                onClick={() => (n.code.length < 6 ? setPath([...path, n.code]) : onPick(n))}
              >
                <span className="font-mono">{fmtCode(n.code)}</span> {n.zh ?? n.en}
                {n.zh ? <span className="block text-sm text-slate-600">{n.en}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
