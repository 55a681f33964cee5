import type { ImportPreview } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useBoundaries } from '../map/use-boundaries.ts';

/** The kelurahan the file gives no value for, per year: they will show "tidak ada data". */
export function MissingKelurahan({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const boundaries = useBoundaries();
  const nameOf = (code: string) => boundaries.data?.kelurahanByCode.get(code)?.name ?? code;
  const years = preview.missing.filter((m) => m.codes.length > 0);
  return (
    <section className="admin-section" aria-labelledby="data-missing-heading">
      <h3 id="data-missing-heading">{t('data.wizard.missing.heading')}</h3>
      {years.length === 0 ? (
        <p className="muted">{t('data.wizard.missing.none')}</p>
      ) : (
        years.map((missing) => (
          <details key={missing.year} className="data-missing" open={years.length === 1}>
            <summary>
              {t('data.wizard.missing.year', { year: missing.year, count: missing.codes.length })}
            </summary>
            <p>{missing.codes.map(nameOf).join(', ')}</p>
          </details>
        ))
      )}
    </section>
  );
}
