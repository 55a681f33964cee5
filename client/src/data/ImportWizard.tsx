import {
  canImportIndicator,
  type Actor,
  type ImportCommitResult,
  type ImportMapping,
} from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { AdminLoadError } from '../admin/AdminLoadError.tsx';
import { CommitForm } from './CommitForm.tsx';
import { useDataTrpc } from './data-trpc.ts';
import { ImportDone } from './ImportDone.tsx';
import { MappingEditor } from './MappingEditor.tsx';
import { MissingKelurahan } from './MissingKelurahan.tsx';
import { PreviewMap } from './PreviewMap.tsx';
import { PreviewRows } from './PreviewRows.tsx';
import { PreviewSummary } from './PreviewSummary.tsx';
import { useImportPreview } from './use-import-preview.ts';
import { WizardFileStep } from './WizardFileStep.tsx';
import { WizardSteps, type WizardStep } from './WizardSteps.tsx';

/**
 * The import wizard: indicator and file → sheet and column mapping → preview (rows, diff,
 * missing kelurahan, a small map) → provenance and "Simpan". Only Simpan writes; every
 * earlier step is a preview the server forgets after its expiry.
 */
export function ImportWizard({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const trpc = useDataTrpc();
  const search = useSearch();
  const catalogue = useQuery(trpc.indicators.catalogue.queryOptions({}));
  const [chosen, setChosen] = useState<string | null>(
    () => new URLSearchParams(search).get('indicator') ?? null,
  );
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const preview = useImportPreview();

  if (catalogue.isPending) return <p className="muted">{t('data.loading')}</p>;
  if (catalogue.isError) {
    return (
      <AdminLoadError message={catalogue.error.message} onRetry={() => void catalogue.refetch()} />
    );
  }
  const importable = catalogue.data.filter(
    (entry) => entry.retiredAt === null && canImportIndicator(actor, entry),
  );
  if (importable.length === 0) {
    return (
      <p className="admin-notice" role="alert">
        {t('data.wizard.noIndicators')}
      </p>
    );
  }
  const entry = importable.find((e) => e.slug === chosen) ?? importable[0];
  if (entry === undefined) return null;

  const restart = () => {
    preview.reset();
    setFile(null);
    setResult(null);
  };
  if (result !== null) {
    return <ImportDone result={result} entry={entry} onAgain={restart} />;
  }

  const current = preview.preview?.indicator === entry.slug ? preview.preview : null;
  const busy = preview.phase === 'uploading' || preview.phase === 'reading';
  const rerun = (mapping: ImportMapping) => {
    if (file !== null) preview.run(file, entry.slug, mapping);
  };
  const step: WizardStep =
    current === null ? 'file' : current.summary.errors > 0 ? 'preview' : 'save';

  return (
    <>
      <p className="data-intro">{t('data.wizard.intro')}</p>
      <WizardSteps current={step} />
      <WizardFileStep
        indicators={importable}
        indicator={entry.slug}
        onIndicator={(slug) => {
          setChosen(slug);
          preview.reset();
        }}
        file={file}
        onFile={(f) => {
          setFile(f);
          preview.reset();
        }}
        state={preview}
        onUpload={() => {
          if (file !== null) preview.run(file, entry.slug);
        }}
      />
      {current !== null && file !== null && (
        <>
          <MappingEditor key={current.importId} preview={current} busy={busy} onApply={rerun} />
          <PreviewSummary preview={current} />
          <PreviewMap preview={current} entry={entry} />
          <PreviewRows preview={current} busy={busy} onChange={rerun} />
          <MissingKelurahan preview={current} />
          <CommitForm preview={current} entry={entry} busy={busy} onSaved={setResult} />
        </>
      )}
    </>
  );
}
