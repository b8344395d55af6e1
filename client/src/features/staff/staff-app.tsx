import type { ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { Button } from '../../components/ui/fields.js';
import type { StaffMe, StaffRole } from '../../../../domain/schemas/staff.js';
import { ApiError } from '../../lib/data/api.js';
import { BatchPage } from './batch/batch-page.js';
import { BriefingPage } from './briefing-page.js';
import { CounterPage } from './counter-page.js';
import { DataUploadPage } from './data-upload-page.js';
import { DirectoryEditPage } from './directory-edit-page.js';
import { StatsPage } from './stats-page.js';
import { UsersPage } from './users-page.js';
import { FeedbackAdminPage } from './feedback-admin-page.js';
import { SignInPage } from './sign-in-page.js';
import { staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';
import { useMe } from './use-me.js';

/** which pages each role reaches (the server enforces the same on every route) */
export const PAGES: { path: string; key: string; roles: StaffRole[]; element: ReactNode }[] = [
  { path: 'counter', key: 'nav.counter', roles: ['counter', 'admin'], element: <CounterPage /> },
  { path: 'batch', key: 'nav.batch', roles: ['workshop', 'admin'], element: <BatchPage /> },
  { path: 'presenter', key: 'nav.presenter', roles: ['workshop', 'admin'], element: <BriefingPage /> },
  { path: 'feedback', key: 'nav.feedback', roles: ['admin'], element: <FeedbackAdminPage /> },
  { path: 'users', key: 'nav.users', roles: ['admin'], element: <UsersPage /> },
  { path: 'data', key: 'nav.data', roles: ['admin'], element: <DataUploadPage /> },
  { path: 'directory', key: 'nav.directory', roles: ['admin'], element: <DirectoryEditPage /> },
  { path: 'stats', key: 'nav.stats', roles: ['workshop', 'admin'], element: <StatsPage /> },
];

function Home({ me }: { me: StaffMe }) {
  const { t } = useTranslation(STAFF_NS);
  return (
    <ul className="list-disc space-y-2 pl-6">
      {PAGES.filter((p) => p.roles.includes(me.user.role)).map((p) => (
        <li key={p.path}>
          <Link className="font-bold text-blue-800 underline" to={`/staff/${p.path}`}>
            {t(p.key)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** /staff/*: sign-in, then the pages of the signed-in role */
export function StaffApp() {
  const { t } = useTranslation(STAFF_NS);
  const me = useMe();
  const qc = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => staffPost('/session/end'),
    onSettled: () => qc.setQueryData(['staff', 'me'], null),
  });
  if (me.isPending) return null;
  if (me.error) return <StaffError error={me.error} />;
  if (!me.data)
    return (
      <Routes>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="*" element={<Navigate to="/staff/sign-in" replace />} />
      </Routes>
    );
  const user = me.data.user;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4 border-b-2 pb-2 print:hidden">
        <Link className="font-bold text-blue-800 underline" to="/staff">
          {t('nav.home')}
        </Link>
        <span>{t('signIn.signedInAs', { username: user.username, role: t(`role.${user.role}`) })}</span>
        <Button variant="secondary" onClick={() => signOut.mutate()}>
          {t('nav.signOut')}
        </Button>
      </div>
      <Routes>
        <Route index element={<Home me={me.data} />} />
        <Route path="sign-in" element={<Navigate to="/staff" replace />} />
        {PAGES.map((p) => (
          <Route
            key={p.path}
            path={p.path}
            element={p.roles.includes(user.role) ? p.element : <StaffError error={new ApiError('wrong-role', 403)} />}
          />
        ))}
        <Route path="*" element={<Navigate to="/staff" replace />} />
      </Routes>
    </div>
  );
}
