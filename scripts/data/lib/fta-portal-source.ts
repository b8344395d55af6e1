import type { SourceInfo } from '../../../domain/schemas/index.js';
import { FTA_PORTAL, FTA_PORTAL_SOURCE } from '../../../domain/tariff/agreements.js';
import { sourceInfo } from './source-info.js';

/**
 * The source of the "other agreements" China has with each destination (domain/tariff/agreements.ts)
 * and of the portal named where their rates are not in the data: the MOFCOM China FTA Network, the
 * portal whose file list rcep-extracts/official_rcep_pdf_urls.txt records. Listed in every tariff pack
 * so that an answer naming such an agreement cites it like any other source.
 */
export function ftaPortalSource(from: string): SourceInfo {
  return sourceInfo(from, 'rcep-extracts/official_rcep_pdf_urls.txt', {
    id: FTA_PORTAL_SOURCE,
    title: "China's free trade agreements and their texts: China FTA Network (MOFCOM), 中国自由贸易区服务网",
    asOf: 'as listed on the portal (rates of agreements other than RCEP not loaded unless a pack holds them)',
    publisher: 'Ministry of Commerce of the PRC (MOFCOM)',
    url: FTA_PORTAL.url,
  });
}
