import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link CopyField}. */
export interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  /** Accessible name of the copy button, e.g. "Salin token". */
  copyLabel: string;
  /** Focus and select the text on mount. */
  focusOnMount?: boolean;
  testId?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A read-only text field with a copy button; give it a `key` of the value so a new value starts
 * without an old "copied" message. Where the clipboard API is unavailable (plain
 * HTTP on the LAN) the text is selected instead, for Ctrl+C.
 */
export function CopyField({ id, label, value, copyLabel, focusOnMount, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (focusOnMount) {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [value, focusOnMount]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      inputRef.current?.select();
      setState('failed');
    }
  };

  return (
    <div className="field admin-copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="admin-copy-row">
        <input
          ref={inputRef}
          id={id}
          readOnly
          spellCheck={false}
          value={value}
          data-testid={testId}
          onFocus={(e) => {
            e.currentTarget.select();
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p className="field-hint" role="status">
        {state === 'copied' && t('admin.tokens.copied')}
        {state === 'failed' && t('admin.tokens.copyFailed')}
      </p>
    </div>
  );
}
