import { canImportIndicator, type Actor, type IndicatorEntry } from '@peta/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ConfirmButton } from '../admin/ConfirmButton.tsx';
import { DATA_PATHS } from './data-paths.ts';
import { useDataTrpc } from './data-trpc.ts';
import { indicatorName } from './indicator-name.ts';

/** Props of {@link CatalogueRow}. */
export interface CatalogueRowProps {
  entry: IndicatorEntry;
  actor: Actor;
  versionsOpen: boolean;
  onEdit: () => void;
  onToggleVersions: () => void;
}

/** One catalogue entry: its metadata, years with data (sample or imported) and actions. */
export function CatalogueRow({
  entry,
  actor,
  versionsOpen,
  onEdit,
  onToggleVersions,
}: CatalogueRowProps) {
  const { t, i18n } = useTranslation();
  const trpc = useDataTrpc();
  const queryClient = useQueryClient();
  const setRetired = useMutation(
    trpc.indicators.setRetired.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.indicators.catalogue.pathFilter()),
    }),
  );
  const name = indicatorName(entry, i18n.language);
  const isAdmin = actor.role === 'admin';
  const retired = entry.retiredAt !== null;
  return (
    <tr className={retired ? 'admin-row-inactive' : undefined} data-indicator={entry.slug}>
      <th scope="row">
        {name}
        <span className="admin-cell-note">
          <code>{entry.slug}</code>
          {entry.builtIn && ` · ${t('data.catalogue.builtIn')}`}
        </span>
      </th>
      <td>{entry.unit}</td>
      <td>{entry.producerOpd}</td>
      <td>{t(`data.polarities.${entry.polarity}`)}</td>
      <td>
        {entry.years.length === 0 ? (
          <span className="muted">{t('data.catalogue.noYears')}</span>
        ) : (
          <ul className="data-year-list">
            {entry.years.map((year) => {
              const kind = year.isSample
                ? t('data.catalogue.sample')
                : t('data.catalogue.imported');
              return (
                <li
                  key={year.year}
                  className={year.isSample ? 'data-year data-year-sample' : 'data-year'}
                  title={t('data.catalogue.yearTitle', {
                    year: year.year,
                    version: year.versionNumber,
                    kind,
                  })}
                >
                  {year.year} <span className="data-year-kind">{kind}</span>
                </li>
              );
            })}
          </ul>
        )}
      </td>
      <td>
        <span className={retired ? 'admin-badge admin-badge-off' : 'admin-badge'}>
          {retired ? t('data.catalogue.retired') : t('data.catalogue.active')}
        </span>
      </td>
      <td className="admin-actions data-actions">
        <button
          type="button"
          className="button button-small button-secondary"
          aria-expanded={versionsOpen}
          onClick={onToggleVersions}
        >
          {versionsOpen ? t('data.catalogue.hideVersions') : t('data.catalogue.versions')}
        </button>
        {!retired && canImportIndicator(actor, entry) && (
          <Link
            href={`${DATA_PATHS.wizard}?indicator=${encodeURIComponent(entry.slug)}`}
            className="button button-small button-secondary data-link-button"
          >
            {t('data.catalogue.import')}
          </Link>
        )}
        {isAdmin && (
          <button type="button" className="button button-small button-secondary" onClick={onEdit}>
            {t('data.catalogue.edit')}
          </button>
        )}
        {isAdmin &&
          !entry.builtIn &&
          (retired ? (
            <button
              type="button"
              className="button button-small button-secondary"
              aria-disabled={setRetired.isPending}
              onClick={() => {
                if (!setRetired.isPending) {
                  setRetired.mutate({ slug: entry.slug, version: entry.version, retired: false });
                }
              }}
            >
              {setRetired.isPending ? t('admin.working') : t('data.catalogue.reinstate')}
            </button>
          ) : (
            <ConfirmButton
              label={t('data.catalogue.retire')}
              prompt={t('data.catalogue.confirmRetire', { name })}
              confirmLabel={t('data.catalogue.confirmRetireYes')}
              pending={setRetired.isPending}
              onConfirm={() => {
                setRetired.mutate({ slug: entry.slug, version: entry.version, retired: true });
              }}
            />
          ))}
        {setRetired.error && (
          <p className="admin-error" role="alert">
            {setRetired.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
