export * from './source.js';
export * from './rate.js';
export * from './tariff-pack.js';
export * from './psr.js';
export * from './psr-pack.js';
export * from './hs-pack.js';
export * from './annex1-pack.js';
export * from './programme.js';
