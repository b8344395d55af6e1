import { createContext, useContext } from 'react';
import type { CheckInput, CheckOutcome } from '../../../../domain/check/types.js';

export interface CheckRun {
  outcome: CheckOutcome;
  /** where the answer was computed */
  engine: 'local' | 'server';
  offline: boolean;
  /** as-of of the data used (the newest source date of the packs) */
  dataAsOf?: string;
}

export interface CheckService {
  run(input: CheckInput): Promise<CheckRun>;
}

export const CheckServiceContext = createContext<CheckService | null>(null);

export function useCheckService(): CheckService {
  const s = useContext(CheckServiceContext);
  if (!s) throw new Error('CheckServiceContext missing');
  return s;
}
