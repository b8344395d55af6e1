import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app';
import type { LoadedData } from '../../server/data/load-data';
import { errorHandler } from '../../server/http/errors';
import { hashPassword } from '../../server/staff/password';
import type { StaffRole } from '../../server/staff/roles';
import { createStaffRouter } from '../../server/staff/router';
import { sqlRunner, type SqlRunner } from '../../server/staff/sql';
import { insertUser } from '../../server/staff/users-repo';
import type { Store } from '../../server/store/types';
import { realData } from './helpers';

export const PASSWORD = 'correct horse battery staple';

/** the public app with the staff router in front (as the integrator mounts it); `data`: another boot's packs */
export function staffApp(store: Store, data: LoadedData = realData()) {
  const logger = pino({ level: 'silent' });
  const inner = createApp({ store, packs: data, config: { rateLimit: 0, root: process.cwd() }, logger });
  const app = express();
  app.disable('x-powered-by');
  app.use(createStaffRouter({ store, data }));
  app.use(inner);
  app.use(errorHandler(logger));
  return app;
}

let hashed: Promise<string> | undefined;
export async function addUser(db: SqlRunner, username: string, role: StaffRole) {
  const passwordHash = await (hashed ??= hashPassword(PASSWORD));
  return (await insertUser(db, { username, role, passwordHash }))!;
}

export interface Signed {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
}

/** a cookie-keeping agent signed in as `username` */
export async function signIn(app: express.Express, username: string, password = PASSWORD): Promise<Signed> {
  const agent = request.agent(app);
  const r = await agent.post('/api/v1/staff/session').send({ username, password });
  if (r.status !== 201) throw new Error(`sign-in ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return { agent, csrf: r.body.csrfToken as string };
}

export { sqlRunner };
