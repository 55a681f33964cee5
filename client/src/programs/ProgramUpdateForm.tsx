import { PROGRAM_STATUSES, type ProgramDetail, type ProgramStatus } from '@peta/shared';
import { useId, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from './ConflictNotice.tsx';
import { FieldError } from '../routes/FieldError.tsx';
import { ObstaclesEditor } from './ObstaclesEditor.tsx';
import { useUpdateForm, type FormNotice } from './use-update-form.ts';

/**
 * The update form: status, physical and financial %, obstacles and a note ("Catatan"), saved
 * with "Simpan pembaruan" against the version the form was opened with. Validation messages
 * sit next to their fields; a conflict shows who changed what and offers to reapply the user's
 * values. The typed text survives errors, conflicts and reloads (sessionStorage draft).
 */
export function ProgramUpdateForm({ detail }: { detail: ProgramDetail }) {
  const { t } = useTranslation();
  const form = useUpdateForm(detail);
  const id = useId();
  const { values, errors } = form;
  const fieldProps = (field: keyof typeof errors) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${id}-${field}-error` : undefined,
  });

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit();
  };

  return (
    <form
      className="update-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="update-form"
      data-base-version={form.baseVersion}
    >
      <h3 id={`${id}-title`}>{t('programs.form.title')}</h3>
      <Notice notice={form.notice} />
      {form.stale && !form.conflict && (
        <p className="notice notice-warning">
          {t('programs.form.stale', { version: detail.version })}
        </p>
      )}
      {form.conflict && (
        <ConflictNotice conflict={form.conflict} edit={form.edit} onReapply={form.reapply} />
      )}
      <fieldset disabled={form.saving}>
        <div className="form-field">
          <label htmlFor={`${id}-status`}>{t('programs.form.status')}</label>
          <select
            id={`${id}-status`}
            value={values.status}
            {...fieldProps('status')}
            onChange={(e) => {
              form.change({ status: e.target.value as ProgramStatus });
            }}
          >
            {PROGRAM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`layers.categories.programStatus.${s}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-status-error`} message={errors.status} />
        </div>
        <div className="form-row">
          {(['physicalProgress', 'financialProgress'] as const).map((field) => (
            <div className="form-field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(`programs.form.${field}`)}</label>
              <input
                id={`${id}-${field}`}
                type="number"
                inputMode="decimal"
                min={0}
                max={100}
                step="any"
                value={values[field]}
                {...fieldProps(field)}
                onChange={(e) => {
                  form.change({ [field]: e.target.value });
                }}
              />
              <FieldError id={`${id}-${field}-error`} message={errors[field]} />
            </div>
          ))}
        </div>
        <ObstaclesEditor
          obstacles={values.obstacles}
          error={errors.obstacles}
          onChange={(obstacles) => {
            form.change({ obstacles });
          }}
        />
        <div className="form-field">
          <label htmlFor={`${id}-note`}>{t('programs.form.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={4}
            value={values.note}
            {...fieldProps('note')}
            onChange={(e) => {
              form.change({ note: e.target.value });
            }}
          />
          <p className="hint">{t('programs.form.noteHint')}</p>
          <FieldError id={`${id}-note-error`} message={errors.note} />
        </div>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="button button-large">
          {form.saving ? t('programs.form.saving') : t('programs.form.submit')}
        </button>
      </fieldset>
    </form>
  );
}

function Notice({ notice }: { notice: FormNotice | null }) {
  const { t } = useTranslation();
  const text =
    notice?.kind === 'saved'
      ? t('programs.form.saved', { version: notice.version })
      : notice?.kind === 'reapplied'
        ? t('programs.form.reapplied', { version: notice.version })
        : notice?.kind === 'restored'
          ? t('programs.form.draftRestored')
          : '';
  return (
    <p className="form-notice" role="status" data-notice={notice?.kind}>
      {text}
    </p>
  );
}
