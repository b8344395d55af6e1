import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt parameters (N=2^15, r=8, p=1: ~32 MiB, tens of ms); stored with the hash so they can change. */
const N = 32768;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** the API, the CLI and the client's form share the minimum (domain/schemas/staff.ts) */
import { MIN_PASSWORD_LENGTH } from '../../domain/schemas/staff.js';

export { MIN_PASSWORD_LENGTH };

/**
 * A small deny-list of the passwords guessed first (common keyboard runs and words, padded to the
 * minimum length): the list is short on purpose, it catches the habits a length rule lets through.
 */
const DENIED = [
  'password',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '123456',
  '1234567890',
  '0987654321',
  'abc123',
  'iloveyou',
  'admin',
  'administrator',
  'letmein',
  'welcome',
  'changeme',
  'rcep',
  'chongqing',
  'woaini',
];

/**
 * Why `password` may not be used (a reason code), or null: at least MIN_PASSWORD_LENGTH characters,
 * not one short unit repeated ('aaaaaaaaaaaa', 'abcabcabcabc'), not a deny-listed word with digits or
 * punctuation around it, not the user name.
 */
export function passwordProblem(password: string, username?: string): string | null {
  const p = password.normalize('NFKC');
  if (p.length < MIN_PASSWORD_LENGTH) return 'password-too-short';
  if (p.length > 200) return 'password-too-long';
  const lower = p.toLowerCase();
  if (/^(.{1,4})\1+$/su.test(lower)) return 'password-repeated';
  if (new Set(lower).size < 4) return 'password-repeated';
  const core = lower.replace(/[^\p{L}]/gu, '');
  const digits = lower.replace(/\D/g, '');
  if (
    DENIED.some((w) => core === w.replace(/[^\p{L}]/gu, '') && core !== '') ||
    (DENIED.includes(digits) && core === '')
  )
    return 'password-common';
  if (DENIED.includes(lower)) return 'password-common';
  const run = '01234567890123456789';
  if (core === '' && (run.includes(digits) || [...run].reverse().join('').includes(digits))) return 'password-common';
  if (username && lower.includes(username.toLowerCase())) return 'password-has-username';
  return null;
}

function derive(password: string, salt: Buffer, opts: ScryptOptions, len: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, len, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** 'scrypt$N$r$p$salt-b64$hash-b64' (never the password itself) */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P, maxmem: MAXMEM }, KEYLEN);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  if (![n, r, p].every((x) => Number.isInteger(x) && x > 0) || n > 1 << 20) return false;
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  const key = await derive(password, salt, { N: n, r, p, maxmem: MAXMEM }, expected.length);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** a hash of a random secret: verifying against it costs as much as a real one (unknown users) */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomBytes(18).toString('base64')));
}
