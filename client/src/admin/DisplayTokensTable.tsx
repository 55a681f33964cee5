import type { DisplayTokenRecord } from '@peta/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc.ts';
import { AdminLoadError } from './AdminLoadError.tsx';
import { ConfirmButton } from './ConfirmButton.tsx';
import { EmptyCell } from './EmptyCell.tsx';
import { useDateTimeFormat } from './use-date-time-format.ts';
import { useRefreshAfterChange } from './use-refresh-after-change.ts';

/** Every display token from `displayTokens.list` (never the tokens), with revoke per row. */
export function DisplayTokensTable() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tokens = useQuery(trpc.displayTokens.list.queryOptions());
  if (tokens.isPending) return <p className="muted">{t('admin.loading')}</p>;
  if (tokens.isError) {
    return <AdminLoadError message={tokens.error.message} onRetry={() => void tokens.refetch()} />;
  }
  if (tokens.data.length === 0) return <p className="muted">{t('admin.tokens.empty')}</p>;
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="display-tokens-table">
        <caption className="visually-hidden">{t('admin.tokens.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.tokens.label')}</th>
            <th scope="col">{t('admin.tokens.created')}</th>
            <th scope="col">{t('admin.tokens.lastUsed')}</th>
            <th scope="col">{t('admin.tokens.status')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.data.map((token) => (
            <DisplayTokenRow key={token.id} token={token} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DisplayTokenRow({ token }: { token: DisplayTokenRecord }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const formatDateTime = useDateTimeFormat();
  const refresh = useRefreshAfterChange();
  const revoke = useMutation(
    trpc.displayTokens.revoke.mutationOptions({ onSuccess: () => refresh('displayTokens') }),
  );
  const revoked = token.revokedAt !== null;
  return (
    <tr className={revoked ? 'admin-row-inactive' : undefined}>
      <th scope="row">{token.label}</th>
      <td>
        <time dateTime={token.createdAt}>{formatDateTime(token.createdAt)}</time>
        {token.createdByName !== null && (
          <span className="admin-cell-note">
            {t('admin.tokens.createdBy', { name: token.createdByName })}
          </span>
        )}
      </td>
      <td>
        {token.lastUsedAt === null ? (
          <span className="muted">{t('admin.tokens.neverUsed')}</span>
        ) : (
          <time dateTime={token.lastUsedAt}>{formatDateTime(token.lastUsedAt)}</time>
        )}
      </td>
      <td>
        {token.revokedAt === null ? (
          <span className="admin-badge">{t('admin.tokens.active')}</span>
        ) : (
          <>
            <span className="admin-badge admin-badge-off">{t('admin.tokens.revoked')}</span>
            <span className="admin-cell-note">
              <time dateTime={token.revokedAt}>{formatDateTime(token.revokedAt)}</time>
            </span>
          </>
        )}
      </td>
      <td className="admin-actions">
        {revoked ? (
          <EmptyCell />
        ) : (
          <ConfirmButton
            label={t('admin.tokens.revoke')}
            prompt={t('admin.tokens.confirmRevoke', { label: token.label })}
            confirmLabel={t('admin.tokens.confirmRevokeYes')}
            pending={revoke.isPending}
            onConfirm={() => {
              revoke.mutate({ id: token.id });
            }}
          />
        )}
        {revoke.error && (
          <p className="admin-error" role="alert">
            {revoke.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
