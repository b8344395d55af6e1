import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout.js';
import { StartPage } from './start-page.js';
import { StepRoute } from './step-route.js';
import { ResultPage } from '../features/result/result-page.js';
import { SavedPage } from '../features/saved/saved-page.js';
import { NotFound } from './not-found.js';
import { OfflinePage } from '../features/settings/offline-page.js';

// staff modes and the workshop briefing are loaded on first use: a firm using the wizard never downloads them
const StaffApp = lazy(() => import('../features/staff/staff-app.js').then((m) => ({ default: m.StaffApp })));
const BriefingPage = lazy(() =>
  import('../features/staff/briefing-page.js').then((m) => ({ default: m.BriefingPage })),
);

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<StartPage />} />
        <Route path="/check/:step" element={<StepRoute />} />
        <Route path="/result" element={<ResultPage />} />
        <Route path="/saved" element={<SavedPage />} />
        <Route path="/offline" element={<OfflinePage />} />
        <Route
          path="/staff/*"
          element={
            <Suspense fallback={null}>
              <StaffApp />
            </Suspense>
          }
        />
        <Route
          path="/briefing"
          element={
            <Suspense fallback={null}>
              <BriefingPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}
