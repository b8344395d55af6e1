export { normaliseCode, isCodeError, levelOf, displayCode, ancestors } from './normalise.js';
export type { NormalisedCode, HsCodeError, HsCodeErrorReason, HsLevel } from './normalise.js';
export { children, hsPath, nationalLines, withPrefix, type ChildNode, type HsPathNode } from './hierarchy.js';
export { hs2022To2012, hs2012To2022, type Correlation } from './correlation.js';
