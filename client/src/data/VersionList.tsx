import type { DatasetVersionSummary, IndicatorEntry } from '@peta/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminLoadError } from '../admin/AdminLoadError.tsx';
import { EmptyCell } from '../admin/EmptyCell.tsx';
import { useDateTimeFormat } from '../admin/use-date-time-format.ts';
import { useTRPC } from '../trpc.ts';
import { shortSha } from './data-paths.ts';
import { useDataTrpc } from './data-trpc.ts';
import { indicatorName } from './indicator-name.ts';

/**
 * The dataset versions of one indicator, newest first, with where each came from; admins
 * make an inactive version the active one of its year.
 */
export function VersionList({ entry, isAdmin }: { entry: IndicatorEntry; isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useDataTrpc();
  const versions = useQuery(trpc.datasets.versions.queryOptions({ indicator: entry.slug }));
  const [activated, setActivated] = useState<DatasetVersionSummary | null>(null);
  const headingId = `data-versions-${entry.slug}`;
  let content;
  if (versions.isPending) {
    content = <p className="muted">{t('data.versions.loading')}</p>;
  } else if (versions.isError) {
    content = (
      <AdminLoadError message={versions.error.message} onRetry={() => void versions.refetch()} />
    );
  } else if (versions.data.length === 0) {
    content = <p className="muted">{t('data.versions.empty')}</p>;
  } else {
    content = (
      <div className="admin-table-wrap">
        <table className="admin-table data-version-table" data-testid="version-table">
          <thead>
            <tr>
              <th scope="col">{t('data.versions.year')}</th>
              <th scope="col">{t('data.versions.version')}</th>
              <th scope="col">{t('data.versions.source')}</th>
              <th scope="col">{t('data.versions.dataDate')}</th>
              <th scope="col">{t('data.versions.savedBy')}</th>
              <th scope="col">{t('data.versions.file')}</th>
              <th scope="col">{t('data.versions.rows')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.map((version) => (
              <VersionRow
                key={version.versionId}
                version={version}
                isAdmin={isAdmin}
                onActivated={setActivated}
              />
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <section className="data-versions" aria-labelledby={headingId}>
      <h4 id={headingId} className="admin-form-title">
        {t('data.versions.heading', { name: indicatorName(entry, i18n.language) })}
      </h4>
      <p className="admin-status-message" role="status">
        {activated !== null &&
          t('data.versions.activated', {
            version: activated.versionNumber,
            year: activated.year,
          })}
      </p>
      {content}
    </section>
  );
}

/** Props of {@link VersionRow}. */
interface VersionRowProps {
  version: DatasetVersionSummary;
  isAdmin: boolean;
  onActivated: (version: DatasetVersionSummary) => void;
}

function VersionRow({ version, isAdmin, onActivated }: VersionRowProps) {
  const { t } = useTranslation();
  const trpc = useDataTrpc();
  const appTrpc = useTRPC();
  const queryClient = useQueryClient();
  const formatDateTime = useDateTimeFormat();
  const activate = useMutation(
    trpc.datasets.activate.mutationOptions({
      onSuccess: async (active) => {
        onActivated(active);
        await Promise.all([
          queryClient.invalidateQueries(trpc.datasets.versions.pathFilter()),
          queryClient.invalidateQueries(appTrpc.indicators.pathFilter()),
        ]);
      },
    }),
  );
  return (
    <tr
      className={version.active ? 'data-version-active' : undefined}
      data-version={version.versionId}
    >
      <th scope="row">{version.year}</th>
      <td className="admin-nowrap">
        v{version.versionNumber}{' '}
        <span className={version.active ? 'admin-badge' : 'admin-badge admin-badge-off'}>
          {version.active ? t('data.versions.active') : t('data.versions.inactive')}
        </span>
        {version.isSample && <span className="admin-cell-note">{t('data.versions.sample')}</span>}
      </td>
      <td>
        {version.source}
        <span className="admin-cell-note">
          {t('data.versions.producer')}: {version.producer}
        </span>
        {version.note !== '' && (
          <span className="admin-cell-note">
            {t('data.versions.note')}: {version.note}
          </span>
        )}
      </td>
      <td>{version.dataDate === '' ? <EmptyCell /> : version.dataDate}</td>
      <td>
        {version.importedBy ?? <span className="muted">{t('data.versions.system')}</span>}
        <span className="admin-cell-note">
          <time dateTime={version.importedAt}>{formatDateTime(version.importedAt)}</time>
        </span>
      </td>
      <td>
        {version.fileName ?? <EmptyCell />}
        {version.fileSha256 !== null && (
          <span className="admin-cell-note" title={version.fileSha256}>
            {t('data.versions.sha')} <code>{shortSha(version.fileSha256)}</code>
          </span>
        )}
      </td>
      <td>
        {version.rowsUsed} / {version.rowsExcluded}
        {version.exclusions.length > 0 && (
          <details className="data-exclusions">
            <summary>{t('data.versions.exclusions', { count: version.exclusions.length })}</summary>
            <ul>
              {version.exclusions.map((e) => (
                <li key={e.row}>{t('data.versions.exclusionRow', e)}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="admin-actions">
        {isAdmin && !version.active && (
          <button
            type="button"
            className="button button-small button-secondary"
            aria-disabled={activate.isPending}
            onClick={() => {
              if (!activate.isPending) activate.mutate({ versionId: version.versionId });
            }}
          >
            {activate.isPending ? t('admin.working') : t('data.versions.activate')}
          </button>
        )}
        {activate.error && (
          <p className="admin-error" role="alert">
            {activate.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
