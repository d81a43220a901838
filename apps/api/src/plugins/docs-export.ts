import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { type DocFile, renderDocs } from '@schema-studio/docs';
import { lintModel } from '@schema-studio/lint';
import { strToU8, type Zippable, zipSync } from 'fflate';
import { failure, sendError } from '../errors.ts';
import { DocsRequest, DocsSet } from '../http/contract.ts';
import { IdParams, responses } from '../http/schemas.ts';
import { projectMigrationLog } from '../reviews/migration-log.ts';
import type { ServicesOption } from '../services.ts';
import type { ProjectRecord } from '../store/store.ts';

/** Where the set lives inside the zip: the folder it is meant to be committed to. */
export const ZIP_FOLDER = 'docs/database';

/**
 * Every entry's timestamp. Zip stores local date and time and fflate reads the Date's local fields, so this is
 * built from local fields too: the same bytes whatever the server's time zone. 1980-01-01 is zip's epoch.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * The set of a project: its design (or baseline) filtered, titled with the project's name by default, with
 * the migration log of its applied proposals (listed in the index). Findings come from the model rules only,
 * as in the CLI: live statistics would make the set change by the minute.
 */
function projectDocs(project: ProjectRecord, options: DocsRequest, log: readonly DocFile[]): DocFile[] {
  const model = options.of === 'baseline' ? project.baseline : project.design;
  const files = renderDocs(model, {
    title: options.title ?? project.name,
    ...(options.include ? { include: options.include } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
    migrationLogs: log.map((f) => f.path),
    ...(options.findings ? { findings: lintModel(model) } : {}),
  });
  return [...files, ...log];
}

/** A deterministic zip: entries sorted by path, fixed timestamps, so the same set gives the same bytes. */
export function zipDocs(files: readonly DocFile[]): Uint8Array {
  const entries: Zippable = {};
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) entries[`${ZIP_FOLDER}/${file.path}`] = strToU8(file.content);
  return zipSync(entries, { level: 9, mtime: FIXED_MTIME });
}

/**
 * `Content-Disposition` for `<project name>-docs.zip`: an ASCII `filename` (quotes, slashes and control
 * characters replaced) and, when the name has other characters, the exact one as RFC 5987 `filename*`.
 */
export function attachment(projectName: string): string {
  const exact = `${projectName}-docs.zip`;
  const ascii = `${projectName.replace(/[^\x20-\x7e]|["\\/]/g, '_').trim() || 'project'}-docs.zip`;
  const plain = `attachment; filename="${ascii}"`;
  return ascii === exact ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(exact)}`;
}

/** The documentation set of a project: as JSON for the preview, and as a zip to download. */
export const docsExportPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  const { store } = services;

  app.post(
    '/api/projects/:id/docs',
    {
      schema: {
        tags: ['projects'],
        summary: "Render the project's documentation set (markdown files) from its design or baseline",
        params: IdParams,
        body: DocsRequest,
        response: responses({ 200: DocsSet }),
      },
      config: { action: 'project.read' },
      // The body is optional: a POST without one means every default.
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      },
    },
    async (request, reply) => {
      const project = await store.getProject(request.params.id);
      if (!project) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      const log = await projectMigrationLog(store.reviews, project.id);
      return reply.send({ files: projectDocs(project, request.body, log) });
    },
  );

  app.get(
    '/api/projects/:id/docs.zip',
    {
      schema: {
        tags: ['projects'],
        summary: `The documentation set as a zip, under ${ZIP_FOLDER}/ (repeat include/exclude for more patterns)`,
        params: IdParams,
        querystring: DocsRequest,
        response: responses({
          // Sent as bytes, never serialized: the schema documents it.
          200: Type.Unsafe<Uint8Array>(Type.String({ format: 'binary', description: 'application/zip' })),
        }),
      },
      config: { action: 'project.read' },
    },
    async (request, reply) => {
      const project = await store.getProject(request.params.id);
      if (!project) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      const log = await projectMigrationLog(store.reviews, project.id);
      const zip = zipDocs(projectDocs(project, request.query, log));
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(project.name))
        .header('cache-control', 'no-store')
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  );
};
