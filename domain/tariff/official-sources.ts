import type { Party } from '../schemas/index.js';

/**
 * Where the official RCEP Annex I schedules live, for "not in data" answers. Transcribed from the raw
 * mirror's rcep-extracts/official_rcep_pdf_urls.txt (MOFCOM FTA portal index) and, for the file names
 * that list abbreviates, from rcep-extracts/rcep-annex1-hs8509-extracts.csv (column
 * schedule_file_official_url). Where neither gives a full file name, only the document title is kept
 * with the portal folder: no URL is guessed.
 */
export interface OfficialSource {
  /** document title as the list names it */
  title: string;
  /** full URL when the list gives it; else the portal folder where the title is listed */
  url: string;
  /** true when `url` is the folder, not the document itself */
  folderOnly?: boolean;
}

const BASE = 'https://fta.mofcom.gov.cn/upload/agreementFiles/rcep/rceppdf/';
const doc = (file: string): OfficialSource => ({ title: file.replace(/\.pdf$/, ''), url: BASE + file });
const listed = (title: string): OfficialSource => ({ title, url: BASE, folderOnly: true });

/** The schedule that applies to goods of China in each importing party. */
export const OFFICIAL_SCHEDULES: Record<Party, OfficialSource[]> = {
  AU: [doc('09 Schedule - AU.pdf')],
  BN: [listed('23 Schedule - BN')],
  KH: [doc('25 Schedule - CA.pdf')],
  CN: [
    doc('02 Schedules - CN for ASEAN.pdf'),
    doc('04 Schedules - CN for JP.pdf'),
    doc('05 Schedules - CN for KR.pdf'),
  ],
  ID: [listed('29 Schedules - ID for CN'), listed('33 Appendix - ID')],
  JP: [doc('11 Schedule - JP1.pdf'), doc('12 Appendix - JP.pdf')],
  KR: [doc('16 Schedules - KR for CN.pdf'), doc('19 Appendix - KR.pdf')],
  LA: [doc('35 Schedule - LA.pdf')],
  MY: [doc('37 Schedule - MY.pdf'), listed('38 Appendix - MY')],
  MM: [doc('40 Schedule - MM.pdf')],
  NZ: [doc('21 Schedule - NZ.pdf')],
  PH: [listed('44 Schedules - PH for CN'), listed('42 Schedules - PH Common Concessions')],
  SG: [doc('48 Annex I - SG.pdf')],
  TH: [listed('50 Schedule - TH')],
  VN: [doc('55 Schedules - Viet Nam-For CN.pdf'), listed('59 Appendix - VN')],
};
