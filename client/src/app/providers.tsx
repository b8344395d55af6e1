import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../lib/i18n.js';
import { DataServiceContext, type DataService } from '../lib/data/service.js';
import { CheckServiceContext, type CheckService } from '../lib/check/check-service.js';
import { WizardProvider } from '../features/wizard/wizard-context.js';
import type { WizardAnswers } from '../../../domain/wizard/index.js';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false, networkMode: 'always' } },
  });
}

export function Providers({
  children,
  data,
  check,
  queryClient,
  initialAnswers,
}: {
  children: ReactNode;
  data: DataService;
  check: CheckService;
  queryClient: QueryClient;
  initialAnswers?: WizardAnswers;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <DataServiceContext.Provider value={data}>
          <CheckServiceContext.Provider value={check}>
            <WizardProvider initial={initialAnswers}>{children}</WizardProvider>
          </CheckServiceContext.Provider>
        </DataServiceContext.Provider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
