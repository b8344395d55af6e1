import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles.css';
import { AppRoutes } from './app/app.js';
import { Providers, makeQueryClient } from './app/providers.js';
import { httpDataService } from './lib/data/packs.js';
import { createCheckService } from './lib/check/http-check-service.js';
import { localCheck } from './lib/check/local-check.js';

const queryClient = makeQueryClient();
const check = createCheckService(localCheck(httpDataService));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers data={httpDataService} check={check} queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  </StrictMode>,
);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
