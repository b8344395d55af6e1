import path from 'node:path';
import { z } from 'zod';

/** Runtime configuration, only from environment variables. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  RCEP_DATA_DIR: z.string().min(1).default('./var'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  RCEP_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** repository root holding data/, seeds/ and client/dist (default: current directory) */
  RCEP_ROOT: z.string().min(1).default('.'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  rateLimit: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  root: string;
}

export class ConfigError extends Error {}

/** Parse env; throws ConfigError with a one-line message naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const r = configSchema.safeParse(picked);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ConfigError(`invalid environment variable ${String(i.path[0])}: ${i.message}`);
  }
  const c = r.data;
  const root = path.resolve(c.RCEP_ROOT);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.RCEP_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    rateLimit: c.RCEP_RATE_LIMIT,
    logLevel: c.LOG_LEVEL,
    root,
  };
}
