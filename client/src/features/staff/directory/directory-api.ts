import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactUnit, Programme } from '../../../../../domain/schemas/programme.js';
import { staffGet, staffPost } from '../staff-api.js';

/** GET /api/v1/staff/directory (server/staff/directory-edit-routes.ts) */
export interface DirectoryAnswer {
  version: string;
  programmes: Programme[];
  units: ContactUnit[];
  /** the seed documents a policy citation can name */
  docs: { doc: string; part?: string }[];
  history: DirectoryEditRecord[];
}
export interface DirectoryEditRecord {
  id: string;
  publishedBy: string;
  publishedAt: string;
  active: boolean;
  report: {
    kind: 'unit' | 'programme';
    id: string;
    changes: { field: string }[];
    source:
      | { kind: 'published'; title: string; reference: string; asOf: string }
      | { kind: 'policy'; citation: { doc: string; part?: string; item: string } };
  };
}

const KEY = ['staff', 'directory'];

export function useDirectoryData() {
  return useQuery({ queryKey: KEY, queryFn: () => staffGet<DirectoryAnswer>('/directory') });
}

/** after a save or a rollback: the staff list and the public answers the result page caches */
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: KEY });
    void qc.invalidateQueries({ queryKey: ['contacts'] });
    void qc.invalidateQueries({ queryKey: ['programmes'] });
  };
}

export function useSaveEdit(onSaved: () => void) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (e: { kind: 'units' | 'programmes'; id: string; body: unknown }) =>
      staffPost<{ id: string }>(`/directory/${e.kind}/${e.id}`, e.body),
    onSuccess: () => {
      refresh();
      onSaved();
    },
    onError: refresh,
  });
}

export function useRollback() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => staffPost<{ active: string }>(`/directory/versions/${id}/activate`),
    onSuccess: refresh,
  });
}
