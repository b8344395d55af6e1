import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../lib/data/api.js';
import type { StaffMe } from '../../../../domain/schemas/staff.js';
import { staffGet } from './staff-api.js';

/** the signed-in staff member, or null when signed out */
export function useMe() {
  return useQuery({
    queryKey: ['staff', 'me'],
    queryFn: async (): Promise<StaffMe | null> => {
      try {
        return await staffGet<StaffMe>('/session');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export const reasonOf = (e: unknown) => (e instanceof ApiError ? e.reason : 'internal-error');
