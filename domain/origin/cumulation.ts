import { RCEP_PARTIES } from '../schemas/index.js';
import type { BomMaterial, MaterialStatus } from './types.js';

/**
 * The 15 RCEP parties (ASEAN: BN, KH, ID, LA, MY, MM, PH, SG, TH, VN; and AU, CN, JP, KR, NZ).
 * Cumulation (Art. 3.4.1): originating materials of any Party used in another Party count as originating there.
 * The engine takes the origin the firm declares for a material as its originating status (the firm must hold the
 * supplier's proof); a material of undetermined origin is non-originating (Art. 3.5.4).
 */
const PARTY_SET = new Set<string>(RCEP_PARTIES);

export function materialStatus(origin: string): MaterialStatus {
  const o = origin.trim().toUpperCase();
  if (o === 'UNKNOWN' || o === '') return 'undetermined';
  return PARTY_SET.has(o) ? 'originating-party' : 'non-originating';
}

export function isOriginating(m: BomMaterial): boolean {
  return materialStatus(m.origin) === 'originating-party';
}

/** True when some originating material comes from a Party other than `exporter` (cumulation used). */
export function usesCumulation(materials: BomMaterial[], exporter = 'CN'): boolean {
  return materials.some((m) => isOriginating(m) && m.origin.trim().toUpperCase() !== exporter);
}
