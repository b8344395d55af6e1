import { zoneBreach } from './import-zones.js';

describe('import zones', () => {
  it('keeps scripts and server apart, both ways', () => {
    expect(zoneBreach('scripts/cli/rcep.ts', 'server/store/open-store.ts')).toBe('scripts-import-server');
    expect(zoneBreach('server/staff/psr-upload.ts', 'scripts/data/operator/psr-csv.ts')).toBe('server-imports-scripts');
    expect(zoneBreach('server/staff/psr-upload.ts', 'domain/ingest/operator-psr.ts')).toBeNull();
  });

  it('lets a client feature import itself, the wizard module and lib, but no other feature', () => {
    expect(zoneBreach('client/src/features/staff/x.tsx', 'client/src/features/result/summary.ts')).toBe(
      'feature-imports-feature',
    );
    expect(zoneBreach('client/src/features/staff/briefing/a.tsx', 'client/src/features/staff/batch/b.ts')).toBeNull();
    expect(zoneBreach('client/src/features/origin/a.tsx', 'client/src/features/wizard/errors.ts')).toBeNull();
    expect(zoneBreach('client/src/features/staff/x.tsx', 'client/src/lib/check/enquiry-summary.ts')).toBeNull();
  });
});
