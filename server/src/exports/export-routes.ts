import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import {
  FIRST_DATA_YEAR,
  LAST_DATA_YEAR,
  MAP_SNAPSHOT_MAX_BYTES,
  dataYearSchema,
  formatCityDate,
  message,
  reportPdfRequestSchema,
} from '@peta/shared';
import type { ContextDeps } from '../context.ts';
import { sessionOfRequest } from '../http/create-context-factory.ts';
import { parseRecordIdParam } from '../http/record-id-param.ts';
import { sendError } from '../http/send-error.ts';
import { LocalizedError } from '../errors.ts';
import { csrfGuard } from '../http/csrf-guard.ts';
import type { ExportTable } from './export-table.ts';
import { loadIndicatorTable } from './indicator-table.ts';
import { latestDataYear } from './latest-data-year.ts';
import { loadProgramTable } from './program-table.ts';
import { renderReportPdf } from './render-report-pdf.ts';
import { loadReportData } from './report-data.ts';
import { toCsv } from './to-csv.ts';
import { toXlsx } from './to-xlsx.ts';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Sends a download named `<baseName>_<YYYY-MM-DD>.<format>` (date in Malang). */
function sendFile(
  res: Response,
  format: keyof typeof TYPES,
  baseName: string,
  body: string | Uint8Array,
): void {
  res.set({
    'Content-Type': TYPES[format],
    'Content-Disposition': `attachment; filename="${baseName}_${formatCityDate(new Date())}.${format}"`,
  });
  res.send(typeof body === 'string' ? body : Buffer.from(body));
}

/** The year of `?year=` ('latest' when absent), or null when it is not a valid data year. */
function parseYear(raw: unknown): number | 'latest' | null {
  if (raw === undefined) return 'latest';
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw)) return null;
  const parsed = dataYearSchema.safeParse(Number(raw));
  return parsed.success ? parsed.data : null;
}

/** A `?meetingId=` as a number, null when absent, or 'bad'. */
function parseMeetingId(raw: unknown): number | null | 'bad' {
  if (raw === undefined) return null;
  return parseRecordIdParam(raw) ?? 'bad';
}

/**
 * `/export/*` downloads for any session (users of every role and displays): indicators and
 * programs as CSV or XLSX, and the meeting report as PDF (`GET`, or `POST` with a map snapshot,
 * behind the same CSRF guard as tRPC). File names carry the date in Malang.
 */
export function exportRoutes(deps: ContextDeps, publicOrigin: string | undefined): Router {
  const routes = express.Router();
  routes.use((async (req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    if (await sessionOfRequest(deps, req)) {
      next();
      return;
    }
    sendError(req, res, 401, message('signInFirst'));
  }) satisfies RequestHandler);

  const encode = (format: 'csv' | 'xlsx', sheetName: string, t: ExportTable) =>
    format === 'csv' ? toCsv(t) : toXlsx(t, sheetName);

  for (const format of ['csv', 'xlsx'] as const) {
    routes.get(`/indicators.${format}`, async (req, res) => {
      const asked = parseYear(req.query.year);
      if (asked === null) {
        sendError(
          req,
          res,
          400,
          message('exportYearInvalid', { first: FIRST_DATA_YEAR, last: LAST_DATA_YEAR }),
        );
        return;
      }
      const year = asked === 'latest' ? await latestDataYear(deps.db) : asked;
      const t = await loadIndicatorTable(deps.db, year);
      sendFile(res, format, `indikator-${year}`, await encode(format, `Indikator ${year}`, t));
    });
    routes.get(`/programs.${format}`, async (_req, res) => {
      const t = await loadProgramTable(deps.db);
      sendFile(res, format, 'program-prioritas', await encode(format, 'Program', t));
    });
  }

  /** The report PDF; an unknown meeting or a bad map image is answered with its message. */
  const report = async (
    req: Request,
    res: Response,
    meetingId: number | null,
    png: Uint8Array | null,
  ) => {
    try {
      const data = await loadReportData(deps.db, meetingId);
      sendFile(res, 'pdf', 'laporan-rapat', await renderReportPdf(data, png, new Date()));
    } catch (error) {
      if (error instanceof LocalizedError) {
        sendError(req, res, getHTTPStatusCodeFromError(error), error.localized);
        return;
      }
      throw error;
    }
  };

  routes.get('/report.pdf', async (req, res) => {
    const meetingId = parseMeetingId(req.query.meetingId);
    if (meetingId === 'bad') {
      sendError(req, res, 400, message('exportMeetingIdInvalid'));
      return;
    }
    await report(req, res, meetingId, null);
  });
  routes.post(
    '/report.pdf',
    csrfGuard(publicOrigin),
    express.json({ limit: Math.ceil(MAP_SNAPSHOT_MAX_BYTES * 1.4) }),
    async (req, res) => {
      const parsed = reportPdfRequestSchema.safeParse(req.body);
      if (!parsed.success) {
        sendError(req, res, 400, parsed.error);
        return;
      }
      const { meetingId, mapPngBase64 } = parsed.data;
      const png =
        mapPngBase64 === undefined
          ? null
          : Buffer.from(mapPngBase64.replace(/^data:image\/png;base64,/, ''), 'base64');
      await report(req, res, meetingId ?? null, png);
    },
  );
  return routes;
}
