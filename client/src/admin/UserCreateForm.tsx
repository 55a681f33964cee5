import {
  findOpdName,
  MIN_PASSWORD_LENGTH,
  USER_ROLES,
  type UserCreateInput,
  type UserRole,
} from '@peta/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc.ts';
import { FormField } from './FormField.tsx';
import { PROGRAM_OPDS } from './program-opds.ts';
import { readFormErrors } from './read-form-errors.ts';
import { useRefreshAfterChange } from './use-refresh-after-change.ts';

const FIELDS = ['username', 'password', 'role', 'opd', 'displayName'] as const;
type Field = (typeof FIELDS)[number];

const FIELD_IDS: Record<Field, string> = {
  username: 'admin-user-username',
  password: 'admin-user-password',
  role: 'admin-user-role',
  opd: 'admin-user-opd',
  displayName: 'admin-user-display-name',
};

interface FormValues {
  username: string;
  password: string;
  role: UserRole;
  opd: string;
  displayName: string;
}

/** Least privilege until the admin picks otherwise. */
const EMPTY: FormValues = { username: '', password: '', role: 'viewer', opd: '', displayName: '' };

/** The `users.create` input for what was typed; the server validates it. */
function toInput(values: FormValues): UserCreateInput {
  const opd = values.opd.trim();
  const displayName = values.displayName.trim();
  return {
    username: values.username,
    password: values.password,
    role: values.role,
    // The server matches OPD names exactly; accept "dlh" for "DLH".
    ...(values.role === 'opd' && opd !== '' ? { opd: findOpdName(opd) ?? opd } : {}),
    ...(displayName !== '' ? { displayName } : {}),
  };
}

/**
 * Creates an account. The OPD field appears for the `opd` role only. Server messages show
 * next to their fields; what was typed stays until the account is created.
 */
export function UserCreateForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshAfterChange();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (user) => {
        setValues(EMPTY);
        setCreated(user.username);
        await refresh('users');
      },
    }),
  );
  const errors = readFormErrors(create.error, FIELDS, { conflictField: 'username' });
  const firstInvalid = FIELDS.find((field) => errors.fields[field] !== undefined);

  // Focus after the render that wired the message to the field, so it is read out with it.
  useEffect(() => {
    if (firstInvalid !== undefined) document.getElementById(FIELD_IDS[firstInvalid])?.focus();
  }, [create.error, firstInvalid]);

  const set = (field: keyof FormValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setCreated(null);
    create.mutate(toInput(values));
  };

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-labelledby="admin-user-form">
      <h4 id="admin-user-form" className="admin-form-title">
        {t('admin.users.newUser')}
      </h4>
      <div className="admin-form-grid">
        <FormField
          id={FIELD_IDS.username}
          label={t('admin.users.username')}
          error={errors.fields.username}
        >
          {(aria) => (
            <input
              {...aria}
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={values.username}
              onChange={(e) => {
                set('username', e.target.value);
              }}
            />
          )}
        </FormField>
        <FormField
          id={FIELD_IDS.password}
          label={t('admin.users.password')}
          hint={t('admin.users.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          error={errors.fields.password}
        >
          {(aria) => (
            <input
              {...aria}
              type="password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              autoComplete="new-password"
              value={values.password}
              onChange={(e) => {
                set('password', e.target.value);
              }}
            />
          )}
        </FormField>
        <FormField id={FIELD_IDS.role} label={t('admin.users.role')} error={errors.fields.role}>
          {(aria) => (
            <select
              {...aria}
              value={values.role}
              onChange={(e) => {
                const role = USER_ROLES.find((r) => r === e.target.value);
                if (role) set('role', role);
              }}
            >
              {USER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`admin.roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {values.role === 'opd' && (
          <FormField
            id={FIELD_IDS.opd}
            label={t('admin.users.opd')}
            hint={t('admin.users.opdHint')}
            error={errors.fields.opd}
          >
            {(aria) => (
              <>
                <input
                  {...aria}
                  required
                  list="admin-opd-options"
                  autoComplete="off"
                  value={values.opd}
                  onChange={(e) => {
                    set('opd', e.target.value);
                  }}
                />
                <datalist id="admin-opd-options">
                  {PROGRAM_OPDS.map((opd) => (
                    <option key={opd.name} value={opd.name}>
                      {opd.fullName}
                    </option>
                  ))}
                </datalist>
              </>
            )}
          </FormField>
        )}
        <FormField
          id={FIELD_IDS.displayName}
          label={t('admin.users.displayNameOptional')}
          hint={t('admin.users.displayNameHint')}
          error={errors.fields.displayName}
        >
          {(aria) => (
            <input
              {...aria}
              autoComplete="off"
              value={values.displayName}
              onChange={(e) => {
                set('displayName', e.target.value);
              }}
            />
          )}
        </FormField>
      </div>
      {errors.form !== null && (
        <p className="admin-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="admin-form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending}>
          {create.isPending ? t('admin.working') : t('admin.users.create')}
        </button>
        <p className="admin-status-message" role="status">
          {created !== null && t('admin.users.created', { username: created })}
        </p>
      </div>
    </form>
  );
}
