import { existsSync } from 'node:fs';
import path from 'node:path';

/** The raw mirror beside the repo (../shared/data, or RCEP_RAW); golden tests fail clearly without it. */
export function mirror(): string {
  const dir = process.env.RCEP_RAW ?? path.resolve(process.cwd(), '../shared/data');
  if (!existsSync(path.join(dir, 'kcs')) || !existsSync(path.join(dir, 'vn')))
    throw new Error(`raw mirror not found at ${dir} (expected kcs/ and vn/ folders; see ../shared/data/README.md)`);
  return dir;
}
