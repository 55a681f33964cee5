import type { ImportMapping, ImportPreview } from '@peta/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPreview, type ImportRequestMessages } from './import-api.ts';

/** Where a preview request is. */
export type PreviewPhase = 'idle' | 'uploading' | 'reading' | 'ready';

/** The wizard's preview: the file, the server's answer and the request in flight. */
export interface ImportPreviewState {
  readonly phase: PreviewPhase;
  /** Share of the file sent, 0–1, while uploading. */
  readonly progress: number;
  readonly preview: ImportPreview | null;
  /** The server's (or the network's) message of the last failed request. */
  readonly error: string | null;
  /** Sends the file (again) with this mapping; the answer replaces the preview. */
  readonly run: (file: File, indicator: string, mapping?: ImportMapping) => void;
  /** Stops the request in flight. */
  readonly cancel: () => void;
  /** Forgets the preview (a new file or indicator). */
  readonly reset: () => void;
}

/**
 * Runs `POST /api/import/preview` for the wizard. One request at a time: a new one aborts the
 * one in flight. Each re-preview sends the file again (at most 10 MB) with the changed
 * mapping, so the server never keeps a half-edited state.
 */
export function useImportPreview(): ImportPreviewState {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<PreviewPhase>('idle');
  const [progress, setProgress] = useState(0);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const run = useCallback(
    (file: File, indicator: string, mapping?: ImportMapping) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const messages: ImportRequestMessages = {
        network: t('data.wizard.network'),
        status: (status) => t('data.wizard.status', { status }),
      };
      setPhase('uploading');
      setProgress(0);
      setError(null);
      requestPreview(
        { file, indicator, sheet: mapping?.sheet, mapping },
        messages,
        (share) => {
          if (abort.signal.aborted) return;
          setProgress(share);
          if (share >= 1) setPhase('reading');
        },
        abort.signal,
      ).then(
        (answer) => {
          if (abort.signal.aborted) return;
          setPreview(answer);
          setPhase('ready');
        },
        (failure: unknown) => {
          if (abort.signal.aborted) return;
          setError(failure instanceof Error ? failure.message : String(failure));
          setPhase(preview === null ? 'idle' : 'ready');
        },
      );
    },
    [t, preview],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setPhase((p) => (p === 'uploading' || p === 'reading' ? (preview ? 'ready' : 'idle') : p));
  }, [preview]);

  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setPreview(null);
    setError(null);
    setPhase('idle');
  }, []);

  return { phase, progress, preview, error, run, cancel, reset };
}
