import {
  PROGRAM_EDITABLE_FIELDS,
  type ProgramConflictCurrent,
  type ProgramEditableField,
  type ProgramEditableState,
} from '@peta/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeField } from './describe-field.ts';
import {
  changedFormFields,
  obstacleInputs,
  parsePercent,
  type UpdateFormState,
  type UpdateFormValues,
} from './update-form.ts';
import { useProgramFormat } from './use-program-format.ts';

/** Props of {@link ConflictNotice}. */
export interface ConflictNoticeProps {
  /** The state saved meanwhile (`data.current` of the CONFLICT). */
  conflict: ProgramConflictCurrent;
  /** The user's unsaved edit. */
  edit: UpdateFormState;
  onReapply: () => void;
}

/** The form's values as a partial program state, to describe them like the saved ones. */
function stateOfValues(values: UpdateFormValues): Partial<ProgramEditableState> {
  const physical = parsePercent(values.physicalProgress);
  const financial = parsePercent(values.financialProgress);
  return {
    status: values.status,
    ...(physical !== null && { physicalProgress: physical }),
    ...(financial !== null && { financialProgress: financial }),
    obstacles: obstacleInputs(values.obstacles).map((o) => ({ id: o.id ?? 0, ...o })),
  };
}

/**
 * "Diubah oleh X pada T": someone saved the program after the form was opened. Lists the
 * fields either side changed, the latest values next to the user's, and offers to reapply the
 * user's values on top of the new version. The user's text stays in the form throughout.
 */
export function ConflictNotice({ conflict, edit, onReapply }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const notice = useRef<HTMLElement>(null);
  // On a phone the save button is far below: bring the news to the user.
  useEffect(() => {
    notice.current?.scrollIntoView({ block: 'nearest' });
    notice.current?.focus();
  }, [conflict]);
  const mine = stateOfValues(edit.values);
  const mineChanged: readonly ProgramEditableField[] = changedFormFields(edit);
  const fields = PROGRAM_EDITABLE_FIELDS.filter(
    (f) => conflict.changedFields.includes(f) || mineChanged.includes(f),
  );
  return (
    <section
      ref={notice}
      className="conflict-notice"
      role="alert"
      tabIndex={-1}
      data-testid="conflict-notice"
    >
      <h4>
        {t('programs.conflict.title', {
          name: conflict.updatedBy ?? t('programs.conflict.someone'),
          time: format.dateTime(conflict.updatedAt),
        })}
      </h4>
      <p>{t('programs.conflict.intro', { version: conflict.version })}</p>
      {fields.length > 0 && (
        <table className="conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('programs.conflict.field')}</th>
              <th scope="col">{t('programs.conflict.theirs')}</th>
              <th scope="col">{t('programs.conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{t(`programs.fields.${field}`)}</th>
                <td>{describeField(field, conflict, t, format)}</td>
                <td>
                  {mineChanged.includes(field) ? (
                    describeField(field, mine, t, format)
                  ) : (
                    <span className="muted">{t('programs.conflict.unchanged')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button" onClick={onReapply}>
        {t('programs.conflict.reapply')}
      </button>
    </section>
  );
}
