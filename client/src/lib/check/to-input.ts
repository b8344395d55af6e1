// The mapping from answers to the engine input is declared on each wizard step (domain/wizard).
export { toCheckInput, toFirmProfile } from '../../../../domain/wizard/index.js';
