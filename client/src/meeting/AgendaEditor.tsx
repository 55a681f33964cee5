import { PROGRAMS, type MeetingAgendaStep } from '@peta/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KelurahanPicker } from '../components/KelurahanPicker.tsx';
import type { Boundaries } from '../map/load-boundaries.ts';
import { useSelection } from '../state/store.ts';
import {
  addAgendaStep,
  defaultAgenda,
  hasAgendaStep,
  moveAgendaStep,
  removeAgendaStep,
} from './agenda-edit.ts';
import { IconButton } from './IconButton.tsx';
import { stepKey } from './meeting-steps.ts';
import { programSeed } from './program-name.ts';

/** Props of {@link AgendaEditor}. */
export interface AgendaEditorProps {
  agenda: readonly MeetingAgendaStep[];
  onChange: (agenda: MeetingAgendaStep[]) => void;
  /** For kelurahan names and the picker; the steps show codes until they load. */
  boundaries: Boundaries | undefined;
}

/**
 * The agenda as an ordered list: move a step up or down, remove it, add a kelurahan (the map's
 * kelurahan picker) or a program that is not on it. Every control is a button or a list box,
 * and focus stays on the moved step's button. E2e hook: `data-testid="agenda-step"`.
 */
export function AgendaEditor({ agenda, onChange, boundaries }: AgendaEditorProps) {
  const { t } = useTranslation();
  const { selectedKelurahan } = useSelection();
  const [programToAdd, setProgramToAdd] = useState('');
  const programFieldId = useId();
  const listId = useId();

  const labelOf = (step: MeetingAgendaStep) => {
    if (step.kind === 'program') {
      const seed = programSeed(step.programId);
      return seed
        ? t('meeting.agenda.program', { number: seed.number, name: seed.name })
        : step.programId;
    }
    const name = boundaries?.kelurahanByCode.get(step.kelurahanCode)?.name ?? step.kelurahanCode;
    return t('meeting.agenda.kelurahan', { name });
  };

  const buttonId = (step: MeetingAgendaStep, action: string) =>
    `${listId}-${stepKey(step)}-${action}`;

  const move = (index: number, delta: number, action: 'up' | 'down') => {
    const step = agenda[index];
    if (!step) return;
    onChange(moveAgendaStep(agenda, index, delta));
    // React moves the list item, which drops focus; put it back on the same button.
    requestAnimationFrame(() => {
      document.getElementById(buttonId(step, action))?.focus();
    });
  };

  const remove = (index: number) => {
    const rest = removeAgendaStep(agenda, index);
    onChange(rest);
    // Focus goes to the step that took its place, so the keyboard stays in the list.
    const next = rest[Math.min(index, rest.length - 1)];
    requestAnimationFrame(() => {
      if (next) document.getElementById(buttonId(next, 'remove'))?.focus();
    });
  };

  const kelurahanStep: MeetingAgendaStep | null = selectedKelurahan
    ? { kind: 'kelurahan', kelurahanCode: selectedKelurahan }
    : null;
  const missingPrograms = PROGRAMS.filter(
    (p) => !hasAgendaStep(agenda, { kind: 'program', programId: p.id }),
  );

  return (
    <div className="agenda-editor">
      {agenda.length === 0 ? (
        <p className="form-error" role="alert">
          {t('meeting.agenda.empty')}
        </p>
      ) : (
        <ol className="agenda-list">
          {agenda.map((step, index) => {
            const label = labelOf(step);
            return (
              <li key={stepKey(step)} className="agenda-step" data-testid="agenda-step">
                <span className="agenda-step-label">{label}</span>
                <span className="agenda-step-actions">
                  <IconButton
                    id={buttonId(step, 'up')}
                    label={t('meeting.agenda.moveUp', { step: label })}
                    symbol="↑"
                    variant="secondary"
                    disabled={index === 0}
                    onClick={() => {
                      move(index, -1, 'up');
                    }}
                  />
                  <IconButton
                    id={buttonId(step, 'down')}
                    label={t('meeting.agenda.moveDown', { step: label })}
                    symbol="↓"
                    variant="secondary"
                    disabled={index === agenda.length - 1}
                    onClick={() => {
                      move(index, 1, 'down');
                    }}
                  />
                  <IconButton
                    id={buttonId(step, 'remove')}
                    label={t('meeting.agenda.remove', { step: label })}
                    symbol="✕"
                    variant="danger-outline"
                    onClick={() => {
                      remove(index);
                    }}
                  />
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="agenda-add">
        {boundaries && (
          <div className="agenda-add-row">
            <KelurahanPicker kelurahanByCode={boundaries.kelurahanByCode} />
            <button
              type="button"
              className="button button-secondary"
              disabled={!kelurahanStep || hasAgendaStep(agenda, kelurahanStep)}
              onClick={() => {
                if (kelurahanStep) onChange(addAgendaStep(agenda, kelurahanStep));
              }}
            >
              {t('meeting.agenda.addKelurahan')}
            </button>
          </div>
        )}
        {missingPrograms.length > 0 && (
          <div className="agenda-add-row">
            <div className="field">
              <label htmlFor={programFieldId}>{t('meeting.agenda.programLabel')}</label>
              <select
                id={programFieldId}
                value={programToAdd}
                onChange={(event) => {
                  setProgramToAdd(event.target.value);
                }}
              >
                <option value="">{t('meeting.agenda.programPlaceholder')}</option>
                {missingPrograms.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t('meeting.agenda.program', { number: p.number, name: p.name })}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button-secondary"
              disabled={!missingPrograms.some((p) => p.id === programToAdd)}
              onClick={() => {
                onChange(addAgendaStep(agenda, { kind: 'program', programId: programToAdd }));
                setProgramToAdd('');
              }}
            >
              {t('meeting.agenda.addProgram')}
            </button>
          </div>
        )}
        <p>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => {
              onChange(defaultAgenda());
            }}
          >
            {t('meeting.agenda.reset')}
          </button>
        </p>
      </div>
    </div>
  );
}
