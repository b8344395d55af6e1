import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryAnswer } from '../../../../../domain/schemas/staff-data.js';
import { staffGet, staffPost } from '../staff-api.js';

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
