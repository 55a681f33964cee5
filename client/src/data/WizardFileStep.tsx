import type { IndicatorEntry } from '@peta/shared';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../admin/FormField.tsx';
import { checkImportFile, IMPORT_MAX_MB, type ImportFileProblem } from './import-file-check.ts';
import { indicatorName } from './indicator-name.ts';
import type { ImportPreviewState } from './use-import-preview.ts';

/** Props of {@link WizardFileStep}. */
export interface WizardFileStepProps {
  /** The indicators this user may import. */
  indicators: readonly IndicatorEntry[];
  indicator: string;
  onIndicator: (slug: string) => void;
  file: File | null;
  onFile: (file: File | null) => void;
  state: ImportPreviewState;
  onUpload: () => void;
}

/**
 * Step 1: which indicator, which file. A file that is too big, empty or not CSV/XLSX is
 * refused here, before any upload; the upload shows its progress and can be cancelled.
 */
export function WizardFileStep({
  indicators,
  indicator,
  onIndicator,
  file,
  onFile,
  state,
  onUpload,
}: WizardFileStepProps) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<{ kind: ImportFileProblem; size: number } | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const busy = state.phase === 'uploading' || state.phase === 'reading';

  const problemText = (p: { kind: ImportFileProblem; size: number }) => {
    switch (p.kind) {
      case 'tooBig':
        return t('data.wizard.tooBig', {
          size: (p.size / (1024 * 1024)).toFixed(1),
          max: IMPORT_MAX_MB,
        });
      case 'empty':
        return t('data.wizard.empty');
      case 'wrongType':
        return t('data.wizard.wrongType');
    }
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (file === null) {
      setMissingFile(true);
      return;
    }
    onUpload();
  };
  const fileError =
    problem !== null
      ? problemText(problem)
      : missingFile && file === null
        ? t('data.wizard.chooseFile')
        : undefined;

  return (
    <form className="admin-section data-file-step" noValidate onSubmit={submit}>
      <h3>{t('data.wizard.steps.file')}</h3>
      <div className="admin-form-grid">
        <FormField id="data-wizard-indicator" label={t('data.wizard.indicator')}>
          {(aria) => (
            <select
              {...aria}
              value={indicator}
              disabled={busy}
              onChange={(e) => {
                onIndicator(e.target.value);
              }}
            >
              {indicators.map((entry) => (
                <option key={entry.slug} value={entry.slug}>
                  {indicatorName(entry, i18n.language)} ({entry.producerOpd})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="data-wizard-file"
          label={t('data.wizard.file', { max: IMPORT_MAX_MB })}
          error={fileError}
        >
          {(aria) => (
            <input
              {...aria}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setMissingFile(false);
                const kind = chosen === null ? null : checkImportFile(chosen);
                if (chosen !== null && kind !== null) {
                  setProblem({ kind, size: chosen.size });
                  onFile(null);
                  e.target.value = '';
                } else {
                  setProblem(null);
                  onFile(chosen);
                }
              }}
            />
          )}
        </FormField>
      </div>
      <div className="admin-form-actions">
        <button type="submit" className="button" aria-disabled={busy}>
          {t('data.wizard.upload')}
        </button>
        {busy && (
          <button type="button" className="button button-secondary" onClick={state.cancel}>
            {t('data.wizard.cancel')}
          </button>
        )}
      </div>
      {busy && <UploadProgress phase={state.phase} progress={state.progress} />}
      {state.error !== null && (
        <p className="admin-error" role="alert" data-testid="import-error">
          {state.error}
        </p>
      )}
    </form>
  );
}

/** The upload's progress bar, then "the server is reading it" until the preview arrives. */
function UploadProgress({ phase, progress }: Pick<ImportPreviewState, 'phase' | 'progress'>) {
  const { t } = useTranslation();
  const percent = Math.round(progress * 100);
  return (
    <div className="data-progress">
      <progress
        id="data-upload-progress"
        max={100}
        value={phase === 'reading' ? undefined : percent}
        aria-label={t('data.wizard.progress')}
      />
      <p role="status" className="muted">
        {phase === 'reading' ? t('data.wizard.reading') : t('data.wizard.uploading', { percent })}
      </p>
    </div>
  );
}
