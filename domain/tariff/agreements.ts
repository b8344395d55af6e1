import type { Party } from '../schemas/index.js';

/**
 * The free trade agreements China has with each RCEP destination besides RCEP, as listed on the
 * MOFCOM China FTA Network (fta.mofcom.gov.cn, the portal the raw mirror's
 * rcep-extracts/official_rcep_pdf_urls.txt cites for the RCEP texts): the China–ASEAN FTA with all
 * ten ASEAN members, and the bilateral agreements with Singapore, Cambodia, Korea, Australia and
 * New Zealand. Japan has no agreement with China other than RCEP.
 * `column` names the TariffLine.other key where a destination's data holds that agreement's rates
 * (VN: ACFTA from the 2026 Viet Nam tariff and KCS 2025; KR: CKFTA, the FCN1 column of the KCS 2026
 * tariff). Every other pair is named with "rates not in the data" and the portal to look them up.
 */
export interface ChinaAgreement {
  /** stable id shown in answers and used as the i18n key: 'ACFTA', 'CKFTA', … */
  id: string;
  /** key in TariffLine.other when the loaded data can hold this agreement's rates for the destination */
  column?: string;
  /** what the exporter needs to claim it: 'form-e' (ACFTA) or 'certificate-of-origin' of that agreement */
  proof: 'form-e' | 'certificate-of-origin';
}

/** Source id (in every tariff pack's sources) for the agreement list and the portal. */
export const FTA_PORTAL_SOURCE = 'mofcom-fta-network';
export const FTA_PORTAL = {
  title: 'China FTA Network (MOFCOM) 中国自由贸易区服务网',
  url: 'https://fta.mofcom.gov.cn/',
};

const ACFTA: ChinaAgreement = { id: 'ACFTA', proof: 'form-e' };
const asean = (extra: ChinaAgreement[] = [], column?: string): ChinaAgreement[] => [
  column ? { ...ACFTA, column } : ACFTA,
  ...extra,
];

export const CHINA_AGREEMENTS: Record<Exclude<Party, 'CN'>, ChinaAgreement[]> = {
  BN: asean(),
  ID: asean(),
  KH: asean([{ id: 'CCFTA', proof: 'certificate-of-origin' }]),
  LA: asean(),
  MM: asean(),
  MY: asean(),
  PH: asean(),
  SG: asean([{ id: 'CSFTA', proof: 'certificate-of-origin' }]),
  TH: asean(),
  VN: asean([], 'acfta'),
  KR: [{ id: 'CKFTA', column: 'ckfta', proof: 'certificate-of-origin' }],
  AU: [{ id: 'ChAFTA', proof: 'certificate-of-origin' }],
  NZ: [{ id: 'NZCFTA', proof: 'certificate-of-origin' }],
  JP: [],
};
