import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../routes/FieldError.tsx';
import type { ObstacleDraft } from './update-form.ts';

/** Props of {@link ObstaclesEditor}. */
export interface ObstaclesEditorProps {
  obstacles: readonly ObstacleDraft[];
  error: string | undefined;
  onChange: (obstacles: ObstacleDraft[]) => void;
}

/**
 * The obstacles (kendala) of the update form: one text box per obstacle with "Teratasi" and a
 * remove button, and "Tambah kendala". A row added and left blank is not sent.
 */
export function ObstaclesEditor({ obstacles, error, onChange }: ObstaclesEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const replace = (index: number, patch: Partial<ObstacleDraft>) => {
    onChange(obstacles.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  };
  return (
    <fieldset className="obstacles-editor" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('programs.form.obstacles')}</legend>
      {obstacles.length === 0 && <p className="hint">{t('programs.obstacles.empty')}</p>}
      <ol>
        {obstacles.map((obstacle, index) => {
          const label = t('programs.form.obstacle', { index: index + 1 });
          return (
            <li key={obstacle.key} className="obstacle-row">
              <label htmlFor={`${id}-${obstacle.key}`} className="visually-hidden">
                {label}
              </label>
              <textarea
                id={`${id}-${obstacle.key}`}
                rows={2}
                value={obstacle.description}
                placeholder={label}
                onChange={(e) => {
                  replace(index, { description: e.target.value });
                }}
              />
              <div className="obstacle-actions">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={obstacle.resolved}
                    aria-label={t('programs.form.obstacleResolvedOf', { index: index + 1 })}
                    onChange={(e) => {
                      replace(index, { resolved: e.target.checked });
                    }}
                  />
                  <span aria-hidden="true">{t('programs.form.obstacleResolved')}</span>
                </label>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onChange(obstacles.filter((_, i) => i !== index));
                  }}
                >
                  {t('programs.form.removeObstacle', { index: index + 1 })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          // Unique also against rows of a restored draft.
          const key = `new-${Date.now().toString(36)}-${String(obstacles.length)}`;
          onChange([...obstacles, { key, description: '', resolved: false }]);
        }}
      >
        {t('programs.form.addObstacle')}
      </button>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
