/** Props of {@link FormActions}. */
export interface FormActionsProps {
  /** The submit button's label, and its label while the request runs. */
  submit: string;
  submitting: string;
  pending: boolean;
  /** Announced (role=status) once the form's content was stored; null: nothing yet. */
  savedMessage: string | null;
}

/** The submit button of a meeting form and the quiet "stored" message beside it. */
export function FormActions({ submit, submitting, pending, savedMessage }: FormActionsProps) {
  return (
    <p className="meeting-form-actions">
      <button type="submit" className="button button-large" disabled={pending}>
        {pending ? submitting : submit}
      </button>
      <span role="status" className="meeting-form-saved">
        {savedMessage ?? ''}
      </span>
    </p>
  );
}
