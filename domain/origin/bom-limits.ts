/**
 * The one size limit of a bill of materials, shared by the engine, the API, the CLI and the wizard, so a
 * bill is accepted or refused the same way wherever it is entered. 500 materials with 200-character
 * descriptions stays well inside the JSON body limit of the API routes that take a bill.
 */
export const MAX_MATERIALS = 500;
export const MAX_MATERIAL_DESC = 200;
export const MATERIALS_TOO_MANY = 'materials-too-many';
