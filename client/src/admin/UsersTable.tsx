import type { UserRecord } from '@peta/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc.ts';
import { AdminLoadError } from './AdminLoadError.tsx';
import { ConfirmButton } from './ConfirmButton.tsx';
import { EmptyCell } from './EmptyCell.tsx';
import { useDateTimeFormat } from './use-date-time-format.ts';
import { useRefreshAfterChange } from './use-refresh-after-change.ts';

/** Every account from `users.list`, with disable (confirmed) and enable per row. */
export function UsersTable({ currentUserId }: { currentUserId: number | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  if (users.isPending) return <p className="muted">{t('admin.loading')}</p>;
  if (users.isError) {
    return <AdminLoadError message={users.error.message} onRetry={() => void users.refetch()} />;
  }
  if (users.data.length === 0) return <p className="muted">{t('admin.users.empty')}</p>;
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="users-table">
        <caption className="visually-hidden">{t('admin.users.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.username')}</th>
            <th scope="col">{t('admin.users.displayName')}</th>
            <th scope="col">{t('admin.users.role')}</th>
            <th scope="col">{t('admin.users.opd')}</th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">{t('admin.users.lastLogin')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.data.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UserRow({ user, isSelf }: { user: UserRecord; isSelf: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const formatDateTime = useDateTimeFormat();
  const refresh = useRefreshAfterChange();
  const onSuccess = () => refresh('users');
  const disable = useMutation(trpc.users.disable.mutationOptions({ onSuccess }));
  const enable = useMutation(trpc.users.enable.mutationOptions({ onSuccess }));
  const error = disable.error ?? enable.error;
  return (
    <tr className={user.disabled ? 'admin-row-inactive' : undefined}>
      <th scope="row">
        {user.username}
        {isSelf && <span className="muted"> {t('admin.users.you')}</span>}
      </th>
      <td>{user.displayName === user.username ? <EmptyCell /> : user.displayName}</td>
      <td>{t(`admin.roles.${user.role}`)}</td>
      <td>{user.opd ?? <EmptyCell />}</td>
      <td>
        <span className={user.disabled ? 'admin-badge admin-badge-off' : 'admin-badge'}>
          {user.disabled ? t('admin.users.inactive') : t('admin.users.active')}
        </span>
      </td>
      <td>
        {user.lastLoginAt === null ? (
          <span className="muted">{t('admin.users.never')}</span>
        ) : (
          <time dateTime={user.lastLoginAt}>{formatDateTime(user.lastLoginAt)}</time>
        )}
      </td>
      <td className="admin-actions">
        {user.disabled ? (
          <button
            type="button"
            className="button button-small button-secondary"
            aria-disabled={enable.isPending}
            onClick={() => {
              if (!enable.isPending) enable.mutate({ id: user.id });
            }}
          >
            {enable.isPending ? t('admin.working') : t('admin.users.enable')}
          </button>
        ) : (
          !isSelf && (
            <ConfirmButton
              label={t('admin.users.disable')}
              prompt={t('admin.users.confirmDisable', { username: user.username })}
              confirmLabel={t('admin.users.confirmDisableYes')}
              pending={disable.isPending}
              onConfirm={() => {
                disable.mutate({ id: user.id });
              }}
            />
          )
        )}
        {error && (
          <p className="admin-error" role="alert">
            {error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
