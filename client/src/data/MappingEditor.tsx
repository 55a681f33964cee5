import {
  COLUMN_ROLES,
  IMPORT_LAYOUTS,
  NUMBER_FORMATS,
  type ImportColumn,
  type ImportMapping,
  type ImportPreview,
  type NumberFormat,
} from '@peta/shared';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../admin/FormField.tsx';
import { columnOfRole, withNumberFormat, withRole, withYearColumn } from './mapping-edits.ts';

/** Props of {@link MappingEditor}. */
export interface MappingEditorProps {
  preview: ImportPreview;
  /** True while a preview request runs. */
  busy: boolean;
  /** Re-previews with this mapping. */
  onApply: (mapping: ImportMapping) => void;
}

/** The mapping with an optional number set, or left out (detected) when null. */
function withOptional(
  mapping: ImportMapping,
  key: 'headerRow' | 'year',
  value: number | null,
): ImportMapping {
  const rest = Object.fromEntries(
    Object.entries(mapping).filter(([k]) => k !== key),
  ) as ImportMapping;
  return value === null ? rest : { ...rest, [key]: value };
}

const columnLabel = (column: ImportColumn) =>
  `${column.index + 1}. ${column.header === '' ? '—' : column.header}`;

/**
 * Step 2: the sheet and how the file is read — layout, header row, the column of each role,
 * year columns (wide), number notation per column and the aggregate mode. Starts from what
 * the server detected; "Terapkan" previews again with the edits.
 */
export function MappingEditor({ preview, busy, onApply }: MappingEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ImportMapping>(preview.mapping);
  const layout = draft.layout ?? 'long';
  const aggregate = draft.aggregate ?? null;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onApply(draft);
  };
  const columnOptions = [
    { value: '', label: t('data.wizard.mapping.notUsed') },
    ...preview.columns.map((c) => ({ value: String(c.index), label: columnLabel(c) })),
  ];
  const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

  return (
    <form
      className="admin-section data-mapping"
      noValidate
      onSubmit={submit}
      aria-labelledby="data-mapping-heading"
    >
      <h3 id="data-mapping-heading">{t('data.wizard.mapping.heading')}</h3>
      <p className="muted">
        {t('data.wizard.fileInfo', {
          file: preview.fileName,
          kind: preview.fileKind.toUpperCase(),
        })}
        {preview.encoding !== null &&
          preview.delimiter !== null &&
          ` · ${t('data.wizard.csvInfo', { encoding: preview.encoding, delimiter: preview.delimiter })}`}
      </p>
      <p className="field-hint">{t('data.wizard.mapping.hint')}</p>
      <div className="admin-form-grid">
        {preview.sheets.length > 1 && (
          <FormField id="data-mapping-sheet" label={t('data.wizard.sheet')}>
            {(aria) => (
              <select
                {...aria}
                value={draft.sheet ?? preview.sheets[0]}
                disabled={busy}
                onChange={(e) => {
                  // Another sheet has other columns: detect them afresh.
                  onApply({ sheet: e.target.value });
                }}
              >
                {preview.sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField id="data-mapping-layout" label={t('data.wizard.mapping.layout')}>
          {(aria) => (
            <select
              {...aria}
              value={layout}
              onChange={(e) => {
                const next = IMPORT_LAYOUTS.find((l) => l === e.target.value);
                if (next) setDraft((d) => ({ ...d, layout: next }));
              }}
            >
              {IMPORT_LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {t(`data.wizard.mapping.${l}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="data-mapping-header-row" label={t('data.wizard.mapping.headerRow')}>
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={1}
              inputMode="numeric"
              value={draft.headerRow ?? ''}
              onChange={(e) => {
                const row = numberOrNull(e.target.value);
                setDraft((d) => withOptional(d, 'headerRow', row));
              }}
            />
          )}
        </FormField>
        {COLUMN_ROLES.filter((role) => layout === 'long' || role !== 'year').map((role) => (
          <FormField
            key={role}
            id={`data-mapping-role-${role}`}
            label={t(`data.wizard.roles.${role}`)}
          >
            {(aria) => (
              <select
                {...aria}
                value={String(columnOfRole(draft, role) ?? '')}
                onChange={(e) => {
                  const column = numberOrNull(e.target.value);
                  setDraft((d) => withRole(d, role, column));
                }}
              >
                {columnOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ))}
        {layout === 'long' && columnOfRole(draft, 'year') === null && (
          <FormField
            id="data-mapping-year"
            label={t('data.wizard.mapping.year')}
            hint={t('data.wizard.mapping.yearHint')}
          >
            {(aria) => (
              <input
                {...aria}
                type="number"
                inputMode="numeric"
                value={draft.year ?? ''}
                onChange={(e) => {
                  const year = numberOrNull(e.target.value);
                  setDraft((d) => withOptional(d, 'year', year));
                }}
              />
            )}
          </FormField>
        )}
        <FormField id="data-mapping-aggregate" label={t('data.wizard.mapping.aggregate')}>
          {(aria) => (
            <select
              {...aria}
              value={aggregate?.mode ?? ''}
              onChange={(e) => {
                const mode = e.target.value;
                setDraft((d) => ({
                  ...d,
                  aggregate:
                    mode === 'count'
                      ? { mode: 'count' }
                      : mode === 'sum'
                        ? { mode: 'sum', column: columnOfRole(d, 'value') ?? 0 }
                        : null,
                }));
              }}
            >
              <option value="">{t('data.wizard.mapping.aggregateNone')}</option>
              <option value="count">{t('data.wizard.mapping.aggregateCount')}</option>
              <option value="sum">{t('data.wizard.mapping.aggregateSum')}</option>
            </select>
          )}
        </FormField>
        {aggregate?.mode === 'sum' && (
          <FormField id="data-mapping-sum" label={t('data.wizard.mapping.sumColumn')}>
            {(aria) => (
              <select
                {...aria}
                value={String(aggregate.column)}
                onChange={(e) => {
                  const column = Number(e.target.value);
                  setDraft((d) => ({ ...d, aggregate: { mode: 'sum', column } }));
                }}
              >
                {preview.columns.map((c) => (
                  <option key={c.index} value={String(c.index)}>
                    {columnLabel(c)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      <ColumnTable
        columns={preview.columns}
        draft={draft}
        wide={layout === 'wide'}
        onChange={setDraft}
      />
      <div className="admin-form-actions">
        <button type="submit" className="button" aria-disabled={busy}>
          {t('data.wizard.mapping.apply')}
        </button>
      </div>
    </form>
  );
}

/** Props of {@link ColumnTable}. */
interface ColumnTableProps {
  columns: readonly ImportColumn[];
  draft: ImportMapping;
  wide: boolean;
  onChange: (update: (mapping: ImportMapping) => ImportMapping) => void;
}

/** Every column with sample cells, its number notation and (wide layout) its year. */
function ColumnTable({ columns, draft, wide, onChange }: ColumnTableProps) {
  const { t } = useTranslation();
  return (
    <div className="admin-table-wrap">
      <table className="admin-table data-column-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('data.wizard.mapping.column')}</th>
            {wide && <th scope="col">{t('data.wizard.mapping.yearColumns')}</th>}
            <th scope="col">{t('data.wizard.mapping.format')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => {
            const label = columnLabel(column);
            const year = draft.yearColumns?.find((c) => c.column === column.index)?.year;
            const format = draft.numberFormats?.[String(column.index)] ?? '';
            return (
              <tr key={column.index}>
                <th scope="row">{column.index + 1}</th>
                <td>
                  {column.header === '' ? '—' : column.header}
                  {column.samples.length > 0 && (
                    <span className="admin-cell-note">
                      {t('data.wizard.mapping.samples', { samples: column.samples.join(' · ') })}
                    </span>
                  )}
                </td>
                {wide && (
                  <td>
                    <input
                      className="data-year-input"
                      type="number"
                      inputMode="numeric"
                      aria-label={t('data.wizard.mapping.yearOf', { column: label })}
                      value={year ?? ''}
                      onChange={(e) => {
                        const text = e.target.value.trim();
                        onChange((d) =>
                          withYearColumn(d, column.index, text === '' ? null : Number(text)),
                        );
                      }}
                    />
                  </td>
                )}
                <td>
                  <select
                    aria-label={t('data.wizard.mapping.numberFormat', { column: label })}
                    value={format}
                    onChange={(e) => {
                      const next: NumberFormat | null =
                        NUMBER_FORMATS.find((f) => f === e.target.value) ?? null;
                      onChange((d) => withNumberFormat(d, column.index, next));
                    }}
                  >
                    <option value="">
                      {t('data.wizard.mapping.formatAuto')}
                      {column.numberFormat !== null &&
                        ` (${column.numberFormat === 'id' ? '1.234,5' : '1,234.5'})`}
                    </option>
                    <option value="id">{t('data.wizard.mapping.formatId')}</option>
                    <option value="en">{t('data.wizard.mapping.formatEn')}</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
