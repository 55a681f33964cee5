import type { Actor, IndicatorEntry } from '@peta/shared';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminLoadError } from '../admin/AdminLoadError.tsx';
import { CatalogueRow } from './CatalogueRow.tsx';
import { useDataTrpc } from './data-trpc.ts';
import { IndicatorForm } from './IndicatorForm.tsx';
import { VersionList } from './VersionList.tsx';

/**
 * The catalogue table: every entry for an admin (retired ones too), the OPD's own entries
 * for an OPD account. Admins add and edit entries in a form that opens in place, and retire
 * or re-instate them; everyone here can open an entry's dataset versions.
 */
export function CatalogueSection({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const trpc = useDataTrpc();
  const isAdmin = actor.role === 'admin';
  const catalogue = useQuery(trpc.indicators.catalogue.queryOptions({ includeRetired: isAdmin }));
  /** Slug being edited, 'new' for the add form, null when closed. */
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  let content;
  if (catalogue.isPending) {
    content = <p className="muted">{t('data.loading')}</p>;
  } else if (catalogue.isError) {
    content = (
      <AdminLoadError message={catalogue.error.message} onRetry={() => void catalogue.refetch()} />
    );
  } else {
    const entries = catalogue.data.filter((entry) => isAdmin || entry.producerOpd === actor.opd);
    const done = (entry: IndicatorEntry | null) => {
      setEditing(null);
      setSaved(entry?.nameId ?? null);
    };
    content =
      entries.length === 0 ? (
        <p className="muted">{t('data.empty')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table data-catalogue-table" data-testid="catalogue-table">
            <caption className="visually-hidden">{t('data.catalogue.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.catalogue.name')}</th>
                <th scope="col">{t('data.catalogue.unit')}</th>
                <th scope="col">{t('data.catalogue.producer')}</th>
                <th scope="col">{t('data.catalogue.polarity')}</th>
                <th scope="col">{t('data.catalogue.years')}</th>
                <th scope="col">{t('data.catalogue.status')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <Fragment key={entry.slug}>
                  <CatalogueRow
                    entry={entry}
                    actor={actor}
                    versionsOpen={open === entry.slug}
                    onEdit={() => {
                      setSaved(null);
                      setEditing(entry.slug);
                    }}
                    onToggleVersions={() => {
                      setOpen((o) => (o === entry.slug ? null : entry.slug));
                    }}
                  />
                  {editing === entry.slug && (
                    <tr>
                      <td colSpan={7}>
                        <IndicatorForm entry={entry} onDone={done} />
                      </td>
                    </tr>
                  )}
                  {open === entry.slug && (
                    <tr>
                      <td colSpan={7}>
                        <VersionList entry={entry} isAdmin={isAdmin} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          {editing === 'new' && <IndicatorForm onDone={done} />}
        </div>
      );
  }
  return (
    <section className="admin-section" aria-labelledby="data-catalogue">
      <div className="admin-section-header">
        <h3 id="data-catalogue">{t('data.catalogue.heading')}</h3>
        {isAdmin && editing !== 'new' && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {t('data.add')}
          </button>
        )}
      </div>
      <p className="admin-status-message" role="status">
        {saved !== null && t('data.catalogue.saved', { name: saved })}
      </p>
      {content}
    </section>
  );
}
