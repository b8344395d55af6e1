import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import {
  directoryEditParamsSchema,
  directoryVersionParamsSchema,
  programmeEditBodySchema,
  unitEditBodySchema,
} from '../../domain/schemas/directory-edit.js';
import {
  directoryAnswerSchema,
  directoryRolledBackSchema,
  directorySavedSchema,
  type DirectoryAnswer,
  type DirectoryEditRecord,
} from '../../domain/schemas/staff-data.js';
import { staffEmptyBodySchema } from '../../domain/schemas/staff.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';
import { route } from '../routes/route.js';
import { audit } from './audit-repo.js';
import {
  currentDirectory,
  DIRECTORY_PACK,
  directoryContentSchema,
  directoryState,
  type DirectoryContent,
} from './directory-content.js';
import { editProgramme, editUnit, knownCitations, type DirectoryEdit } from './directory-edits.js';
import { staffOf } from './guard.js';
import type { PublicationSync } from './publication-sync.js';
import {
  activate,
  activePublication,
  deactivateAll,
  listPublications,
  lockPack,
  publish,
} from './publications-repo.js';
import type { SqlRunner } from './sql.js';
import { ADMIN, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role or csrf-token-invalid') };
const PREFIX = `${STAFF_PREFIX}/directory`;
const editErrors = {
  400: err('bad input, source missing or invalid, unit-unknown, nothing-changed'),
  404: err('unit-unknown or programme-unknown'),
  409: err('directory-changed: reload and edit again'),
  503: err('seed-not-loaded'),
};

/** Admin edits of programmes and contact units, each published with who, when and its source. */
export function directoryEditRoutes(db: SqlRunner, data: LoadedData, sync: PublicationSync): StaffRouteDef[] {
  const state = directoryState(data); // takes the boot seeds as 'original'
  const current = (): DirectoryContent => {
    const c = currentDirectory(data);
    if (!c) throw new HttpError(503, 'seed-not-loaded');
    return c;
  };
  /**
   * Under the directory's lock: the version the admin edited must be the one the database records as
   * active (whatever this server happens to serve), the edit is computed from that content, then
   * published and audited in the same transaction and served before the answer.
   */
  const save = async (
    version: string,
    make: (c: DirectoryContent) => DirectoryEdit,
    username: string,
    userId: string,
  ) => {
    const out = await db.tx(async (q) => {
      await lockPack(q, DIRECTORY_PACK);
      const active = await activePublication(q, DIRECTORY_PACK);
      if (version !== (active?.id ?? 'original')) throw new HttpError(409, 'directory-changed', 'version');
      const base = active ? directoryContentSchema.parse(active.content) : state.original;
      if (!base) throw new HttpError(503, 'seed-not-loaded');
      const { content, report } = make(base);
      const json = JSON.stringify(content);
      const pid = await publish(q, {
        pack: DIRECTORY_PACK,
        userId,
        sourceName: `${report.kind}:${report.id}`,
        sourceSha256: createHash('sha256').update(json).digest('hex'),
        report,
        content,
      });
      await audit(q, { actor: username, action: 'directory-edit', target: pid, detail: report });
      return { id: pid, content, report };
    });
    await sync.applied(out.id, out.content);
    return { status: 201, body: { id: out.id, version: out.id, report: out.report } };
  };
  const edit = (
    kind: 'units' | 'programmes',
    body: z.ZodType,
    apply: (c: DirectoryContent, id: string, b: never, now: Date) => DirectoryEdit,
  ) =>
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${PREFIX}/${kind}/:id`,
        operationId: kind === 'units' ? 'staffEditUnit' : 'staffEditProgramme',
        tag: 'staff',
        summary:
          kind === 'units'
            ? "Edit a contact unit's names, phone, address and url with the source they were read from; served at once"
            : "Edit a programme's texts and unit lists with a source (eligibility and figures stay as the documents print them)",
        params: directoryEditParamsSchema,
        body,
        responses: { 201: { description: 'saved and in use', schema: directorySavedSchema }, ...editErrors, ...denied },
        handle: async ({ params, body: b, res }) => {
          const me = staffOf(res);
          const input = b as { version: string };
          return save(input.version, (c) => apply(c, params.id, b as never, new Date()), me.user.username, me.user.id);
        },
      }),
    );
  return [
    staff(
      ADMIN,
      route({
        method: 'get',
        path: PREFIX,
        operationId: 'staffDirectory',
        tag: 'staff',
        summary:
          'Programmes and contact units as served now, the seed documents a citation can name, and every edit (who, when, what, source), newest first',
        responses: {
          200: { description: 'directory and history', schema: directoryAnswerSchema },
          503: err('seed-not-loaded'),
          ...denied,
        },
        handle: async () => {
          await sync.refresh(); // the admin edits against the version the database holds now
          const c = current();
          return {
            body: {
              version: state.version,
              programmes: c.programmes,
              units: c.units,
              docs: knownCitations(state.original ?? c).docs,
              // the directory pack's publications are the edits, each published with its report
              history: (await listPublications(db, DIRECTORY_PACK)) as DirectoryEditRecord[],
            } satisfies DirectoryAnswer,
          };
        },
      }),
    ),
    edit('units', unitEditBodySchema, editUnit),
    edit('programmes', programmeEditBodySchema, editProgramme),
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${PREFIX}/versions/:id/activate`,
        operationId: 'staffDirectoryRollback',
        tag: 'staff',
        summary: "Roll back: make an earlier edit (or 'original', the seeds the server booted with) the one served",
        params: directoryVersionParamsSchema,
        body: staffEmptyBodySchema,
        responses: {
          200: { description: 'in use now', schema: directoryRolledBackSchema },
          400: err('bad id'),
          404: err('unknown-publication'),
          ...denied,
        },
        handle: async ({ params, res }) => {
          const me = staffOf(res);
          const done = await db.tx(async (q) => {
            await lockPack(q, DIRECTORY_PACK);
            const found =
              params.id === 'original'
                ? (await deactivateAll(q, DIRECTORY_PACK), true)
                : (await activate(q, DIRECTORY_PACK, params.id)) !== null;
            if (found) await audit(q, { actor: me.user.username, action: 'directory-rollback', target: params.id });
            return found;
          });
          if (!done) throw new HttpError(404, 'unknown-publication', 'id');
          await sync.committed();
          return { body: { active: params.id, version: params.id } };
        },
      }),
    ),
  ];
}
