import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'wouter';
import { FieldError } from '../routes/FieldError.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { usePageTitle } from '../routes/use-page-title.ts';
import { useTRPC } from '../trpc.ts';
import { safeNextPath } from './safe-next-path.ts';
import { refreshForNewSession } from './refresh-for-new-session.ts';
import { useSession } from './use-session.ts';

/**
 * `/masuk`: username and password. Shows the server's message on failure (wrong password,
 * too many attempts) and returns to `?next=` afterwards.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), window.location.origin);
  const { session } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const errorId = useId();
  usePageTitle(t('auth.loginTitle'));

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        await refreshForNewSession(queryClient);
        navigate(next, { replace: true });
      },
    }),
  );
  const error = login.error ? readTrpcError(login.error) : null;
  const fieldError = (field: string) => error?.fieldErrors[field]?.[0];

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ username, password });
  };

  return (
    <main className="page page-narrow">
      <form className="login-form card" onSubmit={submit} aria-labelledby="login-title">
        <h2 id="login-title">{t('auth.loginTitle')}</h2>
        <p className="muted">{t('auth.loginIntro')}</p>
        {session && (
          <p className="notice">
            {t('auth.alreadySignedIn', { name: session.name })}{' '}
            <Link href={next}>{t('auth.continue')}</Link>
          </p>
        )}
        <FormInput
          label={t('auth.username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          error={fieldError('username')}
        />
        <FormInput
          label={t('auth.password')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          error={fieldError('password')}
        />
        {error && !fieldError('username') && !fieldError('password') && (
          <p className="form-error" role="alert" id={errorId}>
            {error.message}
          </p>
        )}
        <button type="submit" className="button button-large" disabled={login.isPending}>
          {login.isPending ? t('auth.submitting') : t('auth.login')}
        </button>
      </form>
    </main>
  );
}

interface FormInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: string;
  type?: 'text' | 'password';
  error: string | undefined;
}

/** A labelled input with its error message underneath. */
function FormInput({ label, value, onChange, autoComplete, type = 'text', error }: FormInputProps) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        autoCapitalize="none"
        spellCheck={false}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
