import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { HttpError } from '../http/errors.js';
import { parseOr400 } from '../http/validate.js';
import { AnswerCache, sendCached } from '../http/answer-cache.js';

export interface Reply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  /** default application/json */
  contentType?: string;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** One API route: its contract (used for validation and for the OpenAPI document) and a thin handler. */
export interface RouteDef<
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  P extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: 'get' | 'post';
  /** express path under the app root, e.g. '/api/v1/lines/:dest/:code' */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  query?: Q;
  params?: P;
  body?: B;
  responses: Record<number, ResponseDoc>;
  /**
   * For answers that depend only on the data and the parsed query, params and body: returns the current data
   * version (a string that changes whenever the data changes) and the rest of the key (e.g. today's
   * date when the query leaves the date out). 200 answers are then cached and sent with an ETag.
   */
  cache?: () => { version: string; key?: string };
  /** returns the reply, or undefined when it wrote the response itself (packs) */
  handle(input: { query: Out<Q>; params: Out<P>; body: Out<B>; req: Request; res: Response }): Promise<Reply | void>;
}

/** Typed constructor (keeps handler inputs typed from the schemas). */
export function route<
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(def: RouteDef<Q, P, B>): RouteDef {
  return def as unknown as RouteDef;
}

/** Register the routes: validate (zod) -> handler -> JSON reply. */
export function mountRoutes(router: Router, routes: RouteDef[]): void {
  const answers = new AnswerCache();
  for (const r of routes) {
    router[r.method](r.path, async (req: Request, res: Response) => {
      if (r.method === 'post' && !req.is('application/json')) throw new HttpError(415, 'unsupported-media-type');
      const query = r.query ? parseOr400(r.query, { ...req.query }, 'query') : undefined;
      const params = r.params ? parseOr400(r.params, { ...req.params }, 'params') : undefined;
      const body = r.body ? parseOr400(r.body, req.body, 'body') : undefined;
      const cache = r.cache?.();
      const key =
        cache &&
        `${r.path} ${JSON.stringify(query)} ${JSON.stringify(params)} ${JSON.stringify(body)} ${cache.key ?? ''}`;
      if (cache && key) {
        const hit = answers.get(cache.version, key);
        if (hit) return sendCached(hit, req, res);
      }
      const reply = await r.handle({ query, params, body, req, res } as never);
      if (!reply) return;
      if (cache && key && !reply.headers && (reply.status ?? 200) === 200)
        return sendCached(answers.put(cache.version, key, reply.body), req, res);
      if (reply.headers) res.set(reply.headers);
      res.status(reply.status ?? 200).json(reply.body);
    });
  }
}
