import {
  CLASSIFICATION_METHODS,
  COUNT_UNITS,
  MAX_CLASSES,
  MIN_CLASSES,
  NUMBER_KINDS,
  OPDS,
  PALETTE_IDS,
  POLARITIES,
  translateValidationMessage,
  type IndicatorEntry,
} from '@peta/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../admin/FormField.tsx';
import { readFormErrors } from '../admin/read-form-errors.ts';
import { asLanguage } from '../i18n/i18n.ts';
import { useDataTrpc } from './data-trpc.ts';
import {
  EMPTY_INDICATOR_FORM,
  formValuesOf,
  INDICATOR_FORM_FIELDS,
  toIndicatorInput,
  validateIndicatorForm,
  type FormIssue,
  type IndicatorFormField,
  type IndicatorFormValues,
} from './indicator-form-values.ts';

const fieldId = (field: IndicatorFormField) => `data-indicator-${field}`;

/** Props of {@link IndicatorForm}. */
export interface IndicatorFormProps {
  /** The entry to edit; absent: a new entry. */
  entry?: IndicatorEntry | undefined;
  /** Called after a save, with the saved entry, and on cancel with null. */
  onDone: (saved: IndicatorEntry | null) => void;
}

/**
 * Adds or edits one catalogue entry with every Satu Data field. The browser checks with the
 * shared schema first; the server's field messages show next to their fields. The slug is
 * fixed once created.
 */
export function IndicatorForm({ entry, onDone }: IndicatorFormProps) {
  const { t, i18n } = useTranslation();
  const trpc = useDataTrpc();
  const queryClient = useQueryClient();
  const mode = entry === undefined ? 'create' : 'edit';
  const [values, setValues] = useState<IndicatorFormValues>(
    entry === undefined ? EMPTY_INDICATOR_FORM : formValuesOf(entry),
  );
  const [issues, setIssues] = useState<readonly FormIssue[]>([]);
  const onSuccess = async (saved: IndicatorEntry) => {
    await queryClient.invalidateQueries(trpc.indicators.catalogue.pathFilter());
    onDone(saved);
  };
  const create = useMutation(trpc.indicators.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.indicators.update.mutationOptions({ onSuccess }));
  const mutation = mode === 'create' ? create : update;
  const server = readFormErrors(
    mutation.error,
    [...INDICATOR_FORM_FIELDS, 'classification'],
    mode === 'create' ? { conflictField: 'slug' } : {},
  );

  const language = asLanguage(i18n.language);
  const issueText = (issue: FormIssue): string => {
    if (issue.code === 'too_small' && issue.limit !== null && issue.limit <= 1) {
      return t('data.form.required');
    }
    if (issue.code === 'too_big' && issue.limit !== null) {
      return t('data.form.tooBig', { max: issue.limit });
    }
    if (issue.code === 'too_small' && issue.limit !== null) {
      return t('data.form.tooSmall', { min: issue.limit });
    }
    if (issue.code === 'invalid_value' || issue.code === 'invalid_type') {
      return t('data.form.invalid');
    }
    return translateValidationMessage(issue.message, language);
  };
  const errorOf = (field: IndicatorFormField): string | undefined => {
    const local = issues.find((i) => i.field === field);
    if (local) return issueText(local);
    if (field === 'method' && server.fields.classification !== undefined) {
      return server.fields.classification;
    }
    return server.fields[field];
  };
  const firstInvalid = INDICATOR_FORM_FIELDS.find((field) => errorOf(field) !== undefined);

  useEffect(() => {
    if (firstInvalid !== undefined) document.getElementById(fieldId(firstInvalid))?.focus();
    // Only when a new round of messages arrives, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [issues, mutation.error]);

  // Every field holds a string (selects hold one of their options' values).
  const set = (field: IndicatorFormField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validateIndicatorForm(values, mode);
    setIssues(found);
    if (found.length > 0) return;
    const input = toIndicatorInput(values);
    if (entry === undefined) create.mutate(input);
    else update.mutate({ ...input, slug: entry.slug, version: entry.version });
  };

  const text = (field: IndicatorFormField, label: string, hint?: string, multiline = false) => (
    <FormField id={fieldId(field)} label={label} hint={hint} error={errorOf(field)}>
      {(aria) =>
        multiline ? (
          <textarea
            {...aria}
            rows={3}
            value={values[field]}
            onChange={(e) => {
              set(field, e.target.value);
            }}
          />
        ) : (
          <input
            {...aria}
            autoComplete="off"
            value={values[field]}
            onChange={(e) => {
              set(field, e.target.value);
            }}
          />
        )
      }
    </FormField>
  );
  const select = (
    field: IndicatorFormField,
    label: string,
    options: readonly { value: string; label: string }[],
    hint?: string,
  ): ReactNode => (
    <FormField id={fieldId(field)} label={label} hint={hint} error={errorOf(field)}>
      {(aria) => (
        <select
          {...aria}
          value={values[field]}
          onChange={(e) => {
            set(field, e.target.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  const classCounts = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) =>
    String(MIN_CLASSES + i),
  );
  return (
    <form
      className="admin-form data-indicator-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="data-indicator-form-title"
    >
      <h4 id="data-indicator-form-title" className="admin-form-title">
        {entry === undefined
          ? t('data.form.newTitle')
          : t('data.form.editTitle', { name: entry.nameId })}
      </h4>
      <fieldset className="data-fieldset">
        <legend>{t('data.form.identity')}</legend>
        <div className="admin-form-grid">
          {mode === 'create' ? (
            text('slug', t('data.field.slug'), t('data.form.slugHint'))
          ) : (
            <div className="field">
              <span className="data-field-label">{t('data.field.slug')}</span>
              <code>{values.slug}</code>
              <p className="field-hint">{t('data.form.slugFixed')}</p>
            </div>
          )}
          {text('nameId', t('data.field.nameId'))}
          {text('nameEn', t('data.field.nameEn'))}
          {text('referenceCode', t('data.field.referenceCode'), t('data.form.optional'))}
        </div>
        <div className="data-form-wide">
          {text('definitionId', t('data.field.definitionId'), undefined, true)}
          {text('definitionEn', t('data.field.definitionEn'), undefined, true)}
        </div>
      </fieldset>
      <fieldset className="data-fieldset">
        <legend>{t('data.form.measure')}</legend>
        <div className="admin-form-grid">
          {text('unit', t('data.field.unit'), t('data.form.unitHint'))}
          {select(
            'numberKind',
            t('data.field.numberKind'),
            NUMBER_KINDS.map((k) => ({ value: k, label: t(`data.numberKinds.${k}`) })),
          )}
          {select(
            'polarity',
            t('data.field.polarity'),
            POLARITIES.map((p) => ({ value: p, label: t(`data.polarities.${p}`) })),
            t('data.form.polarityHint'),
          )}
          {select('countUnit', t('data.field.countUnit'), [
            { value: '', label: t('data.form.none') },
            ...COUNT_UNITS.map((u) => ({ value: u, label: t(`data.countUnits.${u}`) })),
          ])}
          {text('periodicity', t('data.field.periodicity'))}
        </div>
      </fieldset>
      <fieldset className="data-fieldset">
        <legend>{t('data.form.responsibility')}</legend>
        <div className="admin-form-grid">
          {select(
            'producerOpd',
            t('data.field.producerOpd'),
            [
              { value: '', label: t('data.form.choose') },
              ...OPDS.map((o) => ({ value: o.name, label: `${o.name} — ${o.fullName}` })),
            ],
            t('data.form.producerHint'),
          )}
          {text('walidata', t('data.field.walidata'))}
        </div>
      </fieldset>
      <fieldset className="data-fieldset">
        <legend>{t('data.form.mapDefaults')}</legend>
        <div className="admin-form-grid">
          {select(
            'method',
            t('layers.controls.method'),
            CLASSIFICATION_METHODS.map((m) => ({ value: m, label: t(`layers.methods.${m}`) })),
          )}
          {select(
            'classes',
            t('layers.controls.classes'),
            classCounts.map((c) => ({ value: c, label: c })),
          )}
          {select(
            'palette',
            t('layers.controls.palette'),
            PALETTE_IDS.map((p) => ({ value: p, label: t(`layers.palettes.${p}`) })),
          )}
          {values.method === 'fixed' &&
            text('fixedBreaks', t('data.field.fixedBreaks'), t('data.form.fixedBreaksHint'))}
        </div>
      </fieldset>
      {server.form !== null && (
        <p className="admin-error" role="alert">
          {server.form}
        </p>
      )}
      <div className="admin-form-actions">
        <button type="submit" className="button" aria-disabled={mutation.isPending}>
          {mutation.isPending ? t('admin.working') : t('data.form.save')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            onDone(null);
          }}
        >
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
