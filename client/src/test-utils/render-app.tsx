import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { WizardAnswers } from '../../../domain/wizard/index.js';
import type { CheckOutcome } from '../../../domain/check/types.js';
import { Providers, makeQueryClient } from '../app/providers.js';
import { AppRoutes } from '../app/app.js';
import type { DataService } from '../lib/data/service.js';
import type { CheckService } from '../lib/check/check-service.js';
import { hsPack, jpPack, meta } from './fixtures.js';

export const fakeData: DataService = {
  meta: async () => meta,
  hs: async () => hsPack,
  tariff: async (dest) => (dest === 'JP' ? jpPack : null),
  enginePacks: async () => null,
  directory: async () => null,
};

export function fakeCheck(outcome: CheckOutcome, offline = false): CheckService & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    run: async (input) => {
      calls.push(input);
      return { outcome, engine: 'local', offline };
    },
  };
}

/** Shows the current URL so tests can assert navigation. */
function Where() {
  const l = useLocation();
  return <output data-testid="where">{l.pathname + l.search}</output>;
}

export function renderApp(
  path: string,
  opts: { answers?: WizardAnswers; check?: CheckService; data?: DataService } = {},
) {
  const check = opts.check ?? fakeCheck({ error: { reason: 'unknown-hs-code' } });
  return render(
    <Providers data={opts.data ?? fakeData} check={check} queryClient={makeQueryClient()} initialAnswers={opts.answers}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
}
