import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { loginPath, PATHS } from '../routes/paths.ts';
import { useTRPC } from '../trpc.ts';
import { refreshForNewSession } from './refresh-for-new-session.ts';
import { useSession } from './use-session.ts';

/** The header's account corner: name and role with "Keluar", or a "Masuk" link. */
export function UserMenu() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [location] = useLocation();
  const search = useSearch();
  const { session, isPending } = useSession();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => refreshForNewSession(queryClient),
    }),
  );

  if (isPending) return null;
  if (!session) {
    if (location === PATHS.login) return null;
    const here = search ? `${location}?${search}` : location;
    return (
      <Link className="header-link" href={loginPath(here)}>
        {t('auth.login')}
      </Link>
    );
  }
  const role = t(`auth.roles.${session.role}`);
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-menu-who">
        <span className="user-menu-name">{session.name}</span>
        <span className="user-menu-role">
          {session.opd ? t('auth.roleWithOpd', { role, opd: session.opd }) : role}
        </span>
      </span>
      <button
        type="button"
        className="header-button"
        disabled={logout.isPending}
        onClick={() => {
          logout.mutate();
        }}
      >
        {t('auth.logout')}
      </button>
    </div>
  );
}
