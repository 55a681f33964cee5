import type { ReactNode } from 'react';

/** ARIA attributes {@link FormField} hands to its control. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

/** Props of {@link FormField}. */
export interface FormFieldProps {
  id: string;
  label: string;
  /** Guidance shown under the control. */
  hint?: string | undefined;
  /** The server's message for this field; marks the control invalid. */
  error?: string | undefined;
  /** Renders the control (input, select) with the given id and ARIA attributes. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with its hint and error message wired up for screen readers. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error !== undefined })}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
