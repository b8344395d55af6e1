import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t('notFound.heading')}</h1>
      <Link className="text-blue-800 underline" to="/">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
