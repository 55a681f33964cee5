import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Boundaries } from '../map/load-boundaries.ts';
import { StatusBadge } from '../programs/StatusBadge.tsx';
import { useTRPC } from '../trpc.ts';
import { programSeed } from './program-name.ts';
import { STEP_HEADING_ID } from './step-heading.ts';

/** Props of {@link KelurahanStep}. */
export interface KelurahanStepProps {
  kelurahanCode: string;
  boundaries: Boundaries;
}

/** A kelurahan on the agenda: its name and kecamatan and the program sites inside it. */
export function KelurahanStep({ kelurahanCode, boundaries }: KelurahanStepProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const kelurahan = boundaries.kelurahanByCode.get(kelurahanCode);
  const sites = useQuery({
    ...trpc.programSites.list.queryOptions(),
    select: (all) => all.filter((site) => site.kelurahanCode === kelurahanCode),
  });
  return (
    <article
      className="meeting-step"
      aria-labelledby={STEP_HEADING_ID}
      data-testid="meeting-step"
      data-step-kind="kelurahan"
      data-kelurahan-code={kelurahanCode}
    >
      <header className="meeting-step-header">
        <p className="eyebrow">{t('meeting.kelurahan.eyebrow')}</p>
        <h2 id={STEP_HEADING_ID} className="meeting-step-title">
          {kelurahan?.name ?? kelurahanCode}
        </h2>
        {kelurahan && (
          <p className="meeting-lead">
            {t('meeting.kelurahan.kecamatan', { name: kelurahan.kecamatan })}
          </p>
        )}
      </header>
      {!kelurahan && (
        <p className="muted">{t('meeting.kelurahan.unknown', { code: kelurahanCode })}</p>
      )}
      <section className="program-section" aria-labelledby="meeting-kelurahan-sites">
        <h3 id="meeting-kelurahan-sites">{t('meeting.kelurahan.sites')}</h3>
        {sites.data && sites.data.length > 0 ? (
          <ul className="item-list">
            {sites.data.map((site) => (
              <li key={site.id}>
                <span className="item-title">{site.name}</span>
                <span className="item-meta">
                  <StatusBadge status={site.status} />
                  <span>{programSeed(site.programId)?.name ?? site.programId}</span>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('meeting.kelurahan.noSites')}</p>
        )}
      </section>
    </article>
  );
}
