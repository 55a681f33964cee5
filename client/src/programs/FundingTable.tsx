import { FUNDING_SOURCE_LABELS, type ProgramFunding } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { useProgramFormat } from './use-program-format.ts';
import { ProgramSection } from './ProgramSection.tsx';

/** Budget (pagu) and realisation per funding source, with a total where both are known. */
export function FundingTable({
  funding,
  words,
}: {
  funding: readonly ProgramFunding[];
  words: string;
}) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const sum = (key: 'budget' | 'realisation') =>
    funding.every((row) => row[key] !== null)
      ? funding.reduce((total, row) => total + (row[key] ?? 0), 0)
      : null;
  return (
    <ProgramSection id="funding" title={t('programs.funding.title')}>
      {words && <p>{words}</p>}
      {funding.length === 0 ? (
        <p className="muted">{t('programs.funding.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('programs.funding.source')}</th>
                <th scope="col" className="numeric">
                  {t('programs.funding.budget')}
                </th>
                <th scope="col" className="numeric">
                  {t('programs.funding.realisation')}
                </th>
              </tr>
            </thead>
            <tbody>
              {funding.map((row) => (
                <tr key={row.fundingSource}>
                  <th scope="row">
                    {FUNDING_SOURCE_LABELS[row.fundingSource]}
                    {row.note && <span className="muted table-note">{row.note}</span>}
                  </th>
                  <td className="numeric">{format.rupiah(row.budget)}</td>
                  <td className="numeric">{format.rupiah(row.realisation)}</td>
                </tr>
              ))}
            </tbody>
            {funding.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row">{t('programs.funding.total')}</th>
                  <td className="numeric">{format.rupiah(sum('budget'))}</td>
                  <td className="numeric">{format.rupiah(sum('realisation'))}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {funding[0] && (
        <p className="source-note">{t('programs.page.source', { source: funding[0].source })}</p>
      )}
    </ProgramSection>
  );
}
