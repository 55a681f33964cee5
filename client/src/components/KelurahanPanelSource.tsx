import { useTranslation } from 'react-i18next';

/** Props of {@link KelurahanPanelSource}. */
export interface KelurahanPanelSourceProps {
  source: string;
  /** The data year, where the source text does not carry it. */
  year?: number | undefined;
  /** Adds the "data contoh" badge. */
  isSample: boolean;
}

/** "Sumber: … · 2024" under a figure, with a "data contoh" badge for sample data. */
export function KelurahanPanelSource({ source, year, isSample }: KelurahanPanelSourceProps) {
  const { t } = useTranslation();
  return (
    <p className="source-note">
      {year === undefined ? t('panel.source', { source }) : t('panel.sourceYear', { source, year })}
      {isSample && (
        <>
          {' '}
          <span className="sample-badge" title={t('panel.sampleHint')}>
            {t('panel.sample')}
          </span>
        </>
      )}
    </p>
  );
}
