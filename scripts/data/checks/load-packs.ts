import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Party } from '../../../domain/schemas/index.js';
import type { CheckInput } from './types.js';

/** Read data/packs/*.json and data/manifest.json as committed. */
export function loadPacks(dataDir: string): CheckInput {
  const input: CheckInput = { tariffs: {}, texts: {} };
  const packsDir = join(dataDir, 'packs');
  const files = existsSync(packsDir)
    ? readdirSync(packsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const f of files) {
    const text = readFileSync(join(packsDir, f), 'utf8');
    input.texts[f] = text;
    const json = JSON.parse(text) as never;
    const t = /^tariff-([a-z]{2})\.json$/.exec(f);
    if (f === 'hs.json') input.hs = json;
    else if (f === 'psr.json') input.psr = json;
    else if (f === 'annex1.json') input.annex1 = json;
    else if (t) input.tariffs[t[1].toUpperCase() as Party] = json;
  }
  const manifest = join(dataDir, 'manifest.json');
  if (existsSync(manifest)) {
    input.texts['manifest.json'] = readFileSync(manifest, 'utf8');
    input.manifest = JSON.parse(input.texts['manifest.json']) as Record<string, unknown>;
  }
  return input;
}
