import type { ImportCommitResult, ImportPreview, IndicatorEntry } from '@peta/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../admin/FormField.tsx';
import { useTRPC } from '../trpc.ts';
import { useDataTrpc } from './data-trpc.ts';
import { requestCommit } from './import-api.ts';

/** Props of {@link CommitForm}. */
export interface CommitFormProps {
  preview: ImportPreview;
  entry: IndicatorEntry;
  /** True while a new preview is on its way: saving waits for it. */
  busy: boolean;
  onSaved: (result: ImportCommitResult) => void;
}

/**
 * The last step: where the data comes from (source required, data date, producer — the
 * indicator's OPD unless changed — and a note), then "Simpan", the only action that writes.
 * Disabled while rows with errors remain that are not excluded.
 */
export function CommitForm({ preview, entry, busy, onSaved }: CommitFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dataTrpc = useDataTrpc();
  const queryClient = useQueryClient();
  const [source, setSource] = useState('');
  const [dataDate, setDataDate] = useState('');
  const [producer, setProducer] = useState(entry.producerOpd);
  const [note, setNote] = useState('');
  const [sourceMissing, setSourceMissing] = useState(false);
  const commit = useMutation({
    mutationFn: () =>
      requestCommit(
        preview.importId,
        { source, dataDate, producer, note },
        {
          network: t('data.wizard.network'),
          status: (status) => t('data.wizard.status', { status }),
        },
      ),
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.indicators.pathFilter()),
        queryClient.invalidateQueries(dataTrpc.datasets.versions.pathFilter()),
      ]);
      onSaved(result);
    },
  });
  const errors = preview.summary.errors;
  const blocked = errors > 0;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (blocked || busy || commit.isPending) return;
    if (source.trim() === '') {
      setSourceMissing(true);
      document.getElementById('data-commit-source')?.focus();
      return;
    }
    commit.mutate();
  };

  return (
    <form
      className="admin-section data-commit"
      noValidate
      onSubmit={submit}
      aria-labelledby="data-commit-heading"
    >
      <h3 id="data-commit-heading">{t('data.wizard.meta.heading')}</h3>
      <div className="admin-form-grid">
        <FormField
          id="data-commit-source"
          label={t('data.wizard.meta.source')}
          hint={t('data.wizard.meta.sourceHint')}
          error={sourceMissing && source.trim() === '' ? t('data.wizard.meta.required') : undefined}
        >
          {(aria) => (
            <input
              {...aria}
              required
              maxLength={300}
              value={source}
              onChange={(e) => {
                setSource(e.target.value);
              }}
            />
          )}
        </FormField>
        <FormField
          id="data-commit-date"
          label={t('data.wizard.meta.dataDate')}
          hint={t('data.wizard.meta.dataDateHint')}
        >
          {(aria) => (
            <input
              {...aria}
              maxLength={60}
              value={dataDate}
              onChange={(e) => {
                setDataDate(e.target.value);
              }}
            />
          )}
        </FormField>
        <FormField id="data-commit-producer" label={t('data.wizard.meta.producer')}>
          {(aria) => (
            <input
              {...aria}
              maxLength={120}
              value={producer}
              onChange={(e) => {
                setProducer(e.target.value);
              }}
            />
          )}
        </FormField>
      </div>
      <FormField id="data-commit-note" label={t('data.wizard.meta.note')}>
        {(aria) => (
          <textarea
            {...aria}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
            }}
          />
        )}
      </FormField>
      {blocked && (
        <p className="admin-error" role="status" id="data-commit-blocked">
          {t('data.wizard.blocked', { count: errors })}
        </p>
      )}
      {commit.error && (
        <p className="admin-error" role="alert" data-testid="commit-error">
          {commit.error.message}
        </p>
      )}
      <div className="admin-form-actions">
        <button
          type="submit"
          className="button"
          disabled={blocked}
          aria-disabled={busy || commit.isPending}
          aria-describedby={blocked ? 'data-commit-blocked' : undefined}
        >
          {commit.isPending ? t('data.wizard.saving') : t('data.wizard.save')}
        </button>
        {busy && (
          <span className="muted" role="status">
            {t('data.wizard.reviewing')}
          </span>
        )}
      </div>
    </form>
  );
}
