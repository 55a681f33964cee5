// Menu library: @radix-ui/react-dropdown-menu (WorkOS, widely used, React 19 ready). It gives
// the WAI-ARIA menu-button pattern (aria-haspopup/expanded, role=menu/menuitem/group, arrow
// keys with roving focus, Home/End, typeahead, Escape and focus return, outside click, disabled
// items skipped) with our own markup and CSS, which hand-written focus code tends to get
// subtly wrong. With its dependencies (floating-ui placement, focus scope, scroll lock) it is
// about 30 kB gzipped, so it is loaded only when the "Ekspor" button is first used
// (ExportButton.tsx): the map's first view does not carry it.
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSession } from '../auth/use-session.ts';
import { loginPath } from '../routes/paths.ts';
import { useThematic } from '../state/store.ts';
import { useTRPC } from '../trpc.ts';
import { ExportError } from './export-error.ts';
import { ExportTrigger } from './ExportTrigger.tsx';
import type { MapExportSource } from './map-export-source.ts';
import { renderMapImage } from './map-image.ts';
import { saveBlob } from './save-blob.ts';
import { blobToDataUrl, fetchServerFile, type ServerFile } from './server-download.ts';
import './export-menu.css';

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  source: RefObject<MapExportSource>;
  /** The first opening came from the keyboard: focus goes to the first item. */
  openedWithKeyboard: boolean;
}

/** What the menu is doing or last did, shown under the button. */
type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly item: string }
  | { readonly kind: 'done'; readonly file: string; readonly note: string | undefined }
  | { readonly kind: 'failed'; readonly item: string; readonly reason: string };

/** How long "Diunduh: …" stays under the button; failures stay until dismissed. */
const DONE_SHOWN_MS = 8_000;

/** A finished export; `note` says what it lacks, if anything. */
interface ExportedFile {
  readonly blob: Blob;
  readonly fileName: string;
  readonly note?: string;
}

/** One export: what it is called and how it produces its file. */
interface ExportJob {
  readonly key: string;
  readonly label: string;
  readonly needsSession: boolean;
  readonly run: () => Promise<ExportedFile>;
}

/**
 * The export menu of the map view (opened as soon as it has loaded): PNG of the current view at
 * screen size and 2× for print, the meeting report PDF, and the indicators of the map's year
 * and program progress as CSV and XLSX. The report and data need a session: signed out, those
 * items are disabled and the menu offers to sign in. A running export shows under the button;
 * a failure says why.
 */
export function ExportMenu({ source, openedWithKeyboard }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const { year, kecamatanFilter } = useThematic();
  const { session } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const contentRef = useRef<HTMLDivElement>(null);
  const ids = { image: useId(), report: useId(), data: useId() };
  const signedIn = Boolean(session);
  const busy = status.kind === 'busy';

  useEffect(() => {
    if (!openedWithKeyboard) return;
    // The menu mounted open after the key press, too late for the library to see it.
    const frame = requestAnimationFrame(() => {
      contentRef.current
        ?.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')
        ?.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [openedWithKeyboard]);

  useEffect(() => {
    if (status.kind !== 'done') return;
    const timer = setTimeout(() => {
      setStatus({ kind: 'idle' });
    }, DONE_SHOWN_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [status]);

  const messages = {
    network: t('exports.errors.network'),
    status: (code: number) => t('exports.errors.status', { status: code }),
  };
  const mapImage = (ratio: number) =>
    renderMapImage({
      source: source.current,
      ratio,
      t,
      language: i18n.language,
      year,
      kecamatanFilter,
      date: new Date(),
    });
  const serverFile = (path: string, fallbackName: string): Promise<ServerFile> =>
    fetchServerFile(path, {}, fallbackName, new Date(), messages);
  const reportPdf = async (): Promise<ExportedFile> => {
    let meetings;
    try {
      meetings = await queryClient.query({
        ...trpc.meetings.list.queryOptions(),
        staleTime: 0,
        retry: false,
      });
    } catch (error) {
      // tRPC errors carry the server's own words (e.g. "Silakan masuk terlebih dahulu").
      throw new ExportError(error instanceof Error ? error.message : messages.network);
    }
    // Newest first: the report is of the latest meeting, or of none yet.
    const latest = meetings[0];
    // The report matters more than its picture: without a map image it is still made, and said.
    let mapPngBase64: string | undefined;
    try {
      mapPngBase64 = await blobToDataUrl((await mapImage(1)).blob);
    } catch (error) {
      console.warn('Meeting report without the map picture', error);
    }
    const body = {
      ...(latest ? { meetingId: latest.id } : {}),
      ...(mapPngBase64 === undefined ? {} : { mapPngBase64 }),
    };
    const file = await fetchServerFile(
      '/export/report.pdf',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      },
      'laporan-rapat.pdf',
      new Date(),
      messages,
    );
    return mapPngBase64 === undefined ? { ...file, note: t('exports.withoutMap') } : file;
  };

  const image: ExportJob[] = [
    {
      key: 'png-1x',
      label: t('exports.items.pngScreen'),
      needsSession: false,
      run: () => mapImage(1),
    },
    {
      key: 'png-2x',
      label: t('exports.items.pngPrint'),
      needsSession: false,
      run: () => mapImage(2),
    },
  ];
  const report: ExportJob[] = [
    { key: 'pdf', label: t('exports.items.pdfReport'), needsSession: true, run: reportPdf },
  ];
  const yearQuery = `year=${year}`;
  const data: ExportJob[] = [
    {
      key: 'indicators-csv',
      label: t('exports.items.indicatorsCsv', { year }),
      needsSession: true,
      run: () => serverFile(`/export/indicators.csv?${yearQuery}`, `indikator-${year}.csv`),
    },
    {
      key: 'indicators-xlsx',
      label: t('exports.items.indicatorsXlsx', { year }),
      needsSession: true,
      run: () => serverFile(`/export/indicators.xlsx?${yearQuery}`, `indikator-${year}.xlsx`),
    },
    {
      key: 'programs-csv',
      label: t('exports.items.programsCsv'),
      needsSession: true,
      run: () => serverFile('/export/programs.csv', 'program-prioritas.csv'),
    },
    {
      key: 'programs-xlsx',
      label: t('exports.items.programsXlsx'),
      needsSession: true,
      run: () => serverFile('/export/programs.xlsx', 'program-prioritas.xlsx'),
    },
  ];

  const start = (job: ExportJob) => {
    setStatus({ kind: 'busy', item: job.label });
    job
      .run()
      .then(({ blob, fileName, note }) => {
        saveBlob(blob, fileName);
        setStatus({ kind: 'done', file: fileName, note });
      })
      .catch((error: unknown) => {
        if (!(error instanceof ExportError)) console.error('Export failed', error);
        const reason =
          error instanceof ExportError ? error.message : t('exports.errors.unexpected');
        setStatus({ kind: 'failed', item: job.label, reason });
      });
  };

  const items = (jobs: readonly ExportJob[]) =>
    jobs.map((job) => (
      <DropdownMenu.Item
        key={job.key}
        className="export-item"
        data-export={job.key}
        disabled={busy || (job.needsSession && !signedIn)}
        onSelect={() => {
          start(job);
        }}
      >
        {job.label}
      </DropdownMenu.Item>
    ));
  const group = (id: string, label: string, jobs: readonly ExportJob[]) => (
    <DropdownMenu.Group aria-labelledby={id} className="export-group">
      <DropdownMenu.Label id={id} className="export-group-label">
        {label}
      </DropdownMenu.Label>
      {items(jobs)}
    </DropdownMenu.Group>
  );

  return (
    <>
      <DropdownMenu.Root open={open} onOpenChange={setOpen}>
        <DropdownMenu.Trigger asChild>
          <ExportTrigger busy={busy} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            ref={contentRef}
            className="export-menu-content"
            align="end"
            sideOffset={6}
            collisionPadding={8}
            loop
            aria-label={t('exports.menu')}
            data-testid="export-menu"
          >
            {group(ids.image, t('exports.groups.image'), image)}
            <DropdownMenu.Separator className="export-separator" />
            {group(ids.report, t('exports.groups.report'), report)}
            <DropdownMenu.Separator className="export-separator" />
            {group(ids.data, t('exports.groups.data'), data)}
            {!signedIn && (
              <>
                <DropdownMenu.Separator className="export-separator" />
                <p className="export-note">{t('exports.signInNeeded')}</p>
                <DropdownMenu.Item
                  className="export-item export-sign-in"
                  onSelect={() => {
                    const { pathname, search } = window.location;
                    navigate(loginPath(`${pathname}${search}`));
                  }}
                >
                  {t('exports.signIn')}
                </DropdownMenu.Item>
              </>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <p className="export-status" role="status" data-testid="export-status">
        {status.kind === 'busy' && t('exports.busy', { item: status.item })}
        {status.kind === 'done' && t('exports.done', { file: status.file })}
        {status.kind === 'done' && status.note && ` (${status.note})`}
      </p>
      {status.kind === 'failed' && (
        <div className="export-status export-error" role="alert" data-testid="export-error">
          <span>{t('exports.failed', { item: status.item, reason: status.reason })}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setStatus({ kind: 'idle' });
            }}
          >
            {t('exports.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
