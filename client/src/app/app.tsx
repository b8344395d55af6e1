import { Route, Routes } from 'react-router';
import { Layout } from './layout.js';
import { StartPage } from './start-page.js';
import { StepRoute } from './step-route.js';
import { ResultPage } from '../features/result/result-page.js';
import { SavedPage } from '../features/saved/saved-page.js';
import { NotFound } from './not-found.js';
import { OfflinePage } from '../features/settings/offline-page.js';
import { StaffApp } from '../features/staff/staff-app.js';
import { BriefingPage } from '../features/staff/briefing-page.js';

export function AppRoutes() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<StartPage />} />
        <Route path="/check/:step" element={<StepRoute />} />
        <Route path="/result" element={<ResultPage />} />
        <Route path="/saved" element={<SavedPage />} />
        <Route path="/offline" element={<OfflinePage />} />
        <Route path="/staff/*" element={<StaffApp />} />
        <Route path="/briefing" element={<BriefingPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}
