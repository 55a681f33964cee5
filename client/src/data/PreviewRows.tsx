import type { ImportMapping, ImportPreview, ImportPreviewRow } from '@peta/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCell } from '../admin/EmptyCell.tsx';
import { asLanguage } from '../i18n/i18n.ts';
import { useBoundaries } from '../map/use-boundaries.ts';
import { isProblemRow, withConfirmedMatch, withExcludedRow } from './mapping-edits.ts';

/** Rows drawn at first and added per "show more". */
const PAGE = 100;

/** Props of {@link PreviewRows}. */
export interface PreviewRowsProps {
  preview: ImportPreview;
  busy: boolean;
  /** Re-previews with a confirmed near miss or a changed exclusion. */
  onChange: (mapping: ImportMapping) => void;
}

/**
 * Every value of the preview with its status and the reasons (column and why), the value
 * as written next to the value as read, the active value it replaces, a "Gunakan <name>"
 * button for a near-miss kelurahan and a checkbox to exclude an error row explicitly.
 */
export function PreviewRows({ preview, busy, onChange }: PreviewRowsProps) {
  const { t, i18n } = useTranslation();
  const boundaries = useBoundaries();
  const [problemsOnly, setProblemsOnly] = useState(
    preview.summary.errors + preview.summary.warnings > 0,
  );
  const [shown, setShown] = useState(PAGE);
  const number = useMemo(
    () =>
      new Intl.NumberFormat(asLanguage(i18n.language) === 'en' ? 'en-GB' : 'id-ID', {
        maximumFractionDigits: 6,
      }),
    [i18n.language],
  );
  const rows = problemsOnly ? preview.rows.filter(isProblemRow) : preview.rows;
  const excluded = new Set(preview.mapping.excludedRows ?? []);
  const nameOf = (code: string | null) =>
    code === null ? null : (boundaries.data?.kelurahanByCode.get(code)?.name ?? code);

  return (
    <section className="admin-section data-rows" aria-labelledby="data-rows-heading">
      <div className="admin-section-header">
        <h3 id="data-rows-heading">{t('data.wizard.rows.heading')}</h3>
        <label className="data-inline-field">
          {t('data.wizard.rows.filter')}{' '}
          <select
            value={problemsOnly ? 'problems' : 'all'}
            onChange={(e) => {
              setProblemsOnly(e.target.value === 'problems');
              setShown(PAGE);
            }}
          >
            <option value="all">{t('data.wizard.rows.all')}</option>
            <option value="problems">{t('data.wizard.rows.problems')}</option>
          </select>
        </label>
      </div>
      <div className="admin-table-wrap">
        <table className="admin-table data-row-table" data-testid="preview-rows">
          <thead>
            <tr>
              <th scope="col">{t('data.wizard.rows.exclude')}</th>
              <th scope="col">{t('data.wizard.rows.row')}</th>
              <th scope="col">{t('data.wizard.rows.kelurahan')}</th>
              <th scope="col">{t('data.wizard.rows.year')}</th>
              <th scope="col">{t('data.wizard.rows.written')}</th>
              <th scope="col">{t('data.wizard.rows.value')}</th>
              <th scope="col">{t('data.wizard.rows.active')}</th>
              <th scope="col">{t('data.wizard.rows.status')}</th>
              <th scope="col">{t('data.wizard.rows.messages')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row, index) => (
              <PreviewRow
                // A wide row gives one preview row per year: the row number is not unique.
                key={`${row.row}-${row.year ?? ''}-${index}`}
                row={row}
                name={nameOf(row.kelurahanCode)}
                format={(value) => (value === null ? null : number.format(value))}
                excluded={excluded.has(row.row)}
                busy={busy}
                onExclude={(exclude) => {
                  onChange(withExcludedRow(preview.mapping, row.row, exclude));
                }}
                onConfirm={(code) => {
                  onChange(withConfirmedMatch(preview.mapping, row.kelurahanText, code));
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setShown((s) => s + PAGE);
          }}
        >
          {t('data.wizard.rows.more', { count: Math.min(PAGE, rows.length - shown) })}
        </button>
      )}
    </section>
  );
}

/** Props of {@link PreviewRow}. */
interface PreviewRowProps {
  row: ImportPreviewRow;
  name: string | null;
  format: (value: number | null) => string | null;
  excluded: boolean;
  busy: boolean;
  onExclude: (exclude: boolean) => void;
  onConfirm: (code: string) => void;
}

function PreviewRow({ row, name, format, excluded, busy, onExclude, onConfirm }: PreviewRowProps) {
  const { t } = useTranslation();
  const canExclude = row.status === 'error' || excluded;
  const value = format(row.value);
  const active = format(row.activeValue);
  return (
    <tr className={`data-status-row data-status-${row.status}`} data-row={row.row}>
      <td>
        {canExclude && (
          <input
            type="checkbox"
            checked={excluded}
            disabled={busy}
            aria-label={t('data.wizard.rows.excludeRow', { row: row.row })}
            onChange={(e) => {
              onExclude(e.target.checked);
            }}
          />
        )}
      </td>
      <th scope="row">{row.row}</th>
      <td>
        {row.kelurahanText === '' ? <EmptyCell /> : row.kelurahanText}
        {name !== null && name !== row.kelurahanText && (
          <span className="admin-cell-note">→ {name}</span>
        )}
        {row.suggestion !== null && (
          <span className="data-suggestion">
            <span className="admin-cell-note">
              {t('data.wizard.rows.suggestion', { name: row.suggestion.name })}
            </span>
            <button
              type="button"
              className="button button-small button-secondary"
              aria-disabled={busy}
              onClick={() => {
                if (!busy && row.suggestion !== null) onConfirm(row.suggestion.code);
              }}
            >
              {t('data.wizard.rows.useSuggestion', { name: row.suggestion.name })}
            </button>
          </span>
        )}
      </td>
      <td>{row.year ?? <EmptyCell />}</td>
      <td>
        <code>{row.valueText}</code>
      </td>
      <td className="data-number">{value ?? <EmptyCell />}</td>
      <td className="data-number">
        {active ?? <EmptyCell />}
        {row.diff !== null && (
          <span className="admin-cell-note">{t(`data.wizard.rows.diff.${row.diff}`)}</span>
        )}
      </td>
      <td>
        <span className={`data-status data-status-${row.status}`}>
          {t(`data.wizard.rows.statuses.${row.status}`)}
        </span>
      </td>
      <td>
        {row.messages.length > 0 && (
          <ul className="data-messages">
            {row.messages.map((message, i) => (
              <li key={i}>
                {message.column !== null && <strong>{message.column}: </strong>}
                {message.text}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
