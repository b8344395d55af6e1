export * from './types.js';
export { lookupTariff, isTariffError, MAX_CANDIDATES } from './lookup-tariff.js';
export { rcepYear, rcepYearOf, rcepYearPeriod, isIsoDate, type RcepYearPeriod } from './rcep-year.js';
export { evaluateRate, adValoremOf, dutyAmount, type Shipment } from './evaluate-rate.js';
export { compareRates, type Cmp } from './compare-rate.js';
export { selectEntry, entryYear } from './select-entry.js';
export { OFFICIAL_SCHEDULES, GENERAL_NOTES, PSR_HS2012, PSR_HS2022, type OfficialSource } from './official-sources.js';
export { CHINA_AGREEMENTS, FTA_PORTAL, FTA_PORTAL_SOURCE, type ChinaAgreement } from './agreements.js';
