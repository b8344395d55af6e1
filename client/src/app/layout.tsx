import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setLang } from '../lib/i18n.js';

function useOnline(): boolean {
  const [online, setOnline] = useState(typeof navigator === 'undefined' || navigator.onLine !== false);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const other = i18n.language === 'en' ? 'zh-CN' : 'en';
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:bg-yellow-300 focus:p-2">
        {t('app.skip')}
      </a>
      <header className="bg-blue-900 text-white print:hidden">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 p-3">
          <Link to="/" className="text-xl font-bold text-white no-underline">
            {t('app.title')}
          </Link>
          <nav aria-label={t('app.nav')} className="flex flex-wrap gap-4">
            <Link to="/saved" className="text-white underline">
              {t('app.saved')}
            </Link>
            <Link to="/offline" className="text-white underline">
              {t('app.offline')}
            </Link>
            <button type="button" lang={other} className="text-white underline" onClick={() => setLang(other)}>
              {t('app.switchLang')}
            </button>
          </nav>
        </div>
      </header>
      {!online ? (
        <div role="status" className="bg-yellow-200 p-2 text-center font-bold print:hidden">
          {t('common.offlineNotice')}
        </div>
      ) : null}
      <main id="main" className="p-4 sm:p-6">
        {children}
      </main>
      <footer className="mx-auto max-w-4xl border-t border-slate-300 p-4 text-sm text-slate-700 print:hidden">
        {t('app.footer')}
      </footer>
    </>
  );
}
