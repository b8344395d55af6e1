import { z } from 'zod';
import { psrRowSchema } from './psr.js';
import { quarantineSchema, sourceInfoSchema } from './source.js';

/** data/packs/psr.json */
export const psrPackSchema = z.object({
  _generated: z.string(),
  sources: z.array(sourceInfoSchema),
  rows: z.array(psrRowSchema),
  quarantine: z.array(quarantineSchema),
});
export type PsrPack = z.infer<typeof psrPackSchema>;
