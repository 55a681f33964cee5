import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import {
  IMPORT_MAX_BYTES,
  IMPORT_STAGING_TTL_MS,
  canImportIndicator,
  importCommitInputSchema,
  importMappingSchema,
  message,
  type ImportCommitResult,
  type ImportMapping,
  type ImportPreview,
  type Message,
  type NumberKind,
} from '@peta/shared';
import { and, eq, lt } from 'drizzle-orm';
import express, { type Request, type Response, type Router } from 'express';
import type { Session } from '../auth/session-actor.ts';
import type { ContextDeps } from '../context.ts';
import { saveDatasetVersion } from '../datasets/save-dataset-version.ts';
import { activeDatasets, datasetValues, importStaging, indicators } from '../db/dataset-schema.ts';
import { transact } from '../db/transact.ts';
import { languageOfRequest, sessionOfRequest } from '../http/create-context-factory.ts';
import { csrfGuard, ownOrigin } from '../http/csrf-guard.ts';
import { sendError } from '../http/send-error.ts';
import { buildPreview } from './build-preview.ts';
import { ImportRefusal } from './import-refusal.ts';
import { parseUpload } from './parse-upload.ts';
import { readImportFile } from './read-import-file.ts';

/** The header an upload must carry: a cross-site form cannot, and fetch only after a preflight. */
export const UPLOAD_HEADER = 'X-Peta-Upload';

type IndicatorRow = typeof indicators.$inferSelect;

/** Writes `refused.<what>` to the audit log, as refused tRPC mutations are. */
async function auditRefused(deps: ContextDeps, session: Session, what: string, reason: string) {
  await transact({ db: deps.db, bus: deps.bus, actor: session.actor }, (change) =>
    change.audit({
      action: `refused.${what}`,
      entity: 'procedure',
      entityId: what,
      after: { code: 'FORBIDDEN', reason },
    }),
  );
}

/** The active values of an indicator, keyed `year:code`. */
async function activeValuesOf(deps: ContextDeps, slug: string): Promise<Map<string, number>> {
  const rows = await deps.db
    .select({
      year: activeDatasets.year,
      code: datasetValues.kelurahanCode,
      value: datasetValues.value,
    })
    .from(activeDatasets)
    .innerJoin(datasetValues, eq(datasetValues.versionId, activeDatasets.versionId))
    .where(eq(activeDatasets.indicator, slug));
  return new Map(rows.map((r) => [`${r.year}:${r.code}`, r.value]));
}

/** Whether the session may import into the indicator; refusals are audited and answered. */
async function mayImport(
  deps: ContextDeps,
  req: Request,
  res: Response,
  session: Session,
  indicator: IndicatorRow,
  what: string,
): Promise<boolean> {
  if (canImportIndicator(session.actor, { producerOpd: indicator.producerOpd })) return true;
  await auditRefused(deps, session, what, 'importNotAllowed');
  sendError(req, res, 403, message('importNotAllowed', { opd: indicator.producerOpd }));
  return false;
}

/**
 * `/api/import`: `POST /preview` (multipart: file, indicator, sheet?, mapping?) reads the file
 * into a preview kept 2 h in `import_staging`; `POST /:importId/commit` (JSON provenance) saves
 * one new active dataset version per year of the file in one transaction. Same session cookie as
 * the app; uploads need `X-Peta-Upload: 1` and the app's own Origin (CSRF), commits the JSON
 * CSRF guard of tRPC. Only the interpreted per-kelurahan values are kept, never the file.
 */
export function importRoutes(deps: ContextDeps, publicOrigin: string | undefined): Router {
  const routes = express.Router();
  routes.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });

  const refuse = (req: Request, res: Response, status: number, error: Message) => {
    sendError(req, res, status, error);
  };

  routes.post('/preview', async (req, res) => {
    const origin = req.get('origin');
    if (req.get(UPLOAD_HEADER) !== '1') {
      refuse(req, res, 403, message('importUploadHeaderMissing'));
      return;
    }
    if (
      origin === undefined
        ? req.get('sec-fetch-site') === 'cross-site'
        : origin !== ownOrigin(req, publicOrigin)
    ) {
      refuse(req, res, 403, message('csrfForeignOrigin', { origin: origin ?? 'cross-site' }));
      return;
    }
    const session = await sessionOfRequest(deps, req);
    if (!session) {
      refuse(req, res, 401, message('signInFirst'));
      return;
    }
    const declared = Number(req.get('content-length') ?? 0);
    if (declared > IMPORT_MAX_BYTES + 64 * 1024) {
      res.set('Connection', 'close');
      refuse(req, res, 413, message('importFileTooLarge', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }));
      return;
    }
    try {
      const upload = await parseUpload(req);
      const slug = upload.fields.indicator ?? '';
      const [indicator] = await deps.db.select().from(indicators).where(eq(indicators.slug, slug));
      if (!indicator) {
        refuse(req, res, 404, message('importIndicatorUnknown', { slug }));
        return;
      }
      if (!(await mayImport(deps, req, res, session, indicator, 'import.preview'))) return;
      if (!upload.file) {
        refuse(req, res, 400, message('importNoFile'));
        return;
      }
      let mapping: ImportMapping = {};
      if (upload.fields.mapping !== undefined && upload.fields.mapping !== '') {
        let raw: unknown;
        try {
          raw = JSON.parse(upload.fields.mapping);
        } catch {
          refuse(req, res, 400, message('importMappingInvalid'));
          return;
        }
        const parsed = importMappingSchema.safeParse(raw);
        if (!parsed.success) {
          sendError(req, res, 400, parsed.error);
          return;
        }
        mapping = parsed.data;
      }
      if (upload.fields.sheet) mapping = { ...mapping, sheet: upload.fields.sheet };
      const { name, bytes } = upload.file;
      const table = await readImportFile(bytes, name, mapping);
      const now = new Date();
      const expiresAt = new Date(now.getTime() + IMPORT_STAGING_TTL_MS);
      const importId = randomBytes(18).toString('base64url');
      const fileSha256 = createHash('sha256').update(bytes).digest('hex');
      const preview = buildPreview({
        table,
        mapping,
        importId,
        fileName: name,
        fileSha256,
        indicator: { slug, numberKind: indicator.numberKind as NumberKind },
        kelurahan: deps.geodata.kelurahan,
        active: await activeValuesOf(deps, slug),
        language: languageOfRequest(req),
        now,
        expiresAt,
      });
      await deps.db.delete(importStaging).where(lt(importStaging.expiresAt, now));
      await deps.db.insert(importStaging).values({
        id: importId,
        indicator: slug,
        createdBy: session.actor.userId ?? 0,
        createdAt: now,
        expiresAt,
        fileName: name,
        fileSha256,
        preview,
      });
      res.json(preview);
    } catch (error) {
      if (error instanceof ImportRefusal) {
        if (error.status === 413) res.set('Connection', 'close');
        refuse(req, res, error.status, error.localized);
        return;
      }
      throw error;
    }
  });

  routes.post(
    '/:importId/commit',
    csrfGuard(publicOrigin),
    express.json({ limit: '64kb' }),
    async (req: Request<{ importId: string }>, res) => {
      const session = await sessionOfRequest(deps, req);
      if (!session) {
        refuse(req, res, 401, message('signInFirst'));
        return;
      }
      const importId = req.params.importId;
      const [staged] = await deps.db
        .select()
        .from(importStaging)
        .where(eq(importStaging.id, importId));
      if (!staged || staged.expiresAt.getTime() <= Date.now()) {
        refuse(req, res, 404, message('importPreviewNotFound'));
        return;
      }
      if (staged.createdBy !== session.actor.userId) {
        refuse(req, res, 403, message('importPreviewOtherUser'));
        return;
      }
      const [indicator] = await deps.db
        .select()
        .from(indicators)
        .where(eq(indicators.slug, staged.indicator));
      if (!indicator) {
        refuse(req, res, 404, message('importIndicatorUnknown', { slug: staged.indicator }));
        return;
      }
      if (!(await mayImport(deps, req, res, session, indicator, 'import.commit'))) return;
      const input = importCommitInputSchema.safeParse(req.body);
      if (!input.success) {
        sendError(req, res, 400, input.error);
        return;
      }
      const preview = staged.preview as ImportPreview;
      const errors = preview.rows.filter((r) => r.status === 'error').length;
      if (errors > 0) {
        refuse(req, res, 409, message('importHasErrors', { count: errors }));
        return;
      }
      const usable = preview.rows.filter(
        (r) =>
          (r.status === 'ok' || r.status === 'warning') &&
          r.kelurahanCode !== null &&
          r.year !== null &&
          r.value !== null,
      );
      const years = [...new Set(usable.map((r) => r.year as number))].sort((a, b) => a - b);
      if (years.length === 0) {
        refuse(req, res, 422, message('importNothingToSave'));
        return;
      }
      const commit = input.data;
      const result = await transact(
        { db: deps.db, bus: deps.bus, actor: session.actor },
        async (change): Promise<ImportCommitResult | null> => {
          const versions: ImportCommitResult['versions'][number][] = [];
          for (const year of years) {
            const ofYear = preview.rows.filter((r) => r.year === year || r.year === null);
            const values = usable
              .filter((r) => r.year === year)
              .map((r) => ({
                kelurahanCode: r.kelurahanCode as string,
                value: r.value as number,
                count: r.count,
              }));
            const exclusions = ofYear
              .filter((r) => r.status === 'excluded' || r.value === null)
              .map((r) => ({ row: r.row, reason: r.messages.map((m) => m.text).join('; ') }));
            const saved = await saveDatasetVersion(change, {
              indicator: indicator.slug,
              year,
              values,
              isSample: false,
              source: commit.source,
              dataDate: commit.dataDate,
              producer: commit.producer ?? indicator.producerOpd,
              note: commit.note,
              fileName: staged.fileName,
              fileSha256: staged.fileSha256,
              rowsRead: ofYear.length,
              rowsUsed: values.length,
              rowsExcluded: exclusions.length,
              exclusions,
            });
            versions.push({
              id: saved.id,
              indicator: indicator.slug,
              year,
              versionNumber: saved.versionNumber,
            });
          }
          const deleted = await change.tx
            .delete(importStaging)
            .where(and(eq(importStaging.id, importId)))
            .returning({ id: importStaging.id });
          // Committed meanwhile by another request: roll back, nothing is saved twice.
          if (deleted.length !== 1) throw new StagingGone();
          return { versions };
        },
      ).catch((error: unknown) => {
        if (error instanceof StagingGone) return null;
        throw error;
      });
      if (!result) {
        refuse(req, res, 404, message('importPreviewNotFound'));
        return;
      }
      res.json(result);
    },
  );
  return routes;
}

/** The staging row vanished during the commit (a concurrent commit took it). */
class StagingGone extends Error {}
