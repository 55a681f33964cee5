import type { ImportCommitResult, IndicatorEntry } from '@peta/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DATA_PATHS, mapOfIndicatorYear } from './data-paths.ts';
import { indicatorName } from './indicator-name.ts';

/** Props of {@link ImportDone}. */
export interface ImportDoneProps {
  result: ImportCommitResult;
  entry: IndicatorEntry;
  onAgain: () => void;
}

/** The end of the wizard: the new active version per year and the way to the map. */
export function ImportDone({ result, entry, onAgain }: ImportDoneProps) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="admin-section data-done" aria-labelledby="data-done-heading">
      <h3 id="data-done-heading" ref={heading} tabIndex={-1}>
        {t('data.wizard.done.heading')}: {indicatorName(entry, i18n.language)}
      </h3>
      <ul className="data-done-list" data-testid="import-done">
        {result.versions.map((version) => (
          <li key={version.id}>
            {t('data.wizard.done.version', {
              year: version.year,
              version: version.versionNumber,
            })}{' '}
            <Link href={mapOfIndicatorYear(version.indicator, version.year)}>
              {t('data.wizard.done.toMap', { year: version.year })}
            </Link>
          </li>
        ))}
      </ul>
      <div className="admin-form-actions">
        <button type="button" className="button button-secondary" onClick={onAgain}>
          {t('data.wizard.done.again')}
        </button>
        <Link href={DATA_PATHS.catalogue}>{t('data.wizard.done.toCatalogue')}</Link>
      </div>
    </section>
  );
}
