import type { Actor } from '@peta/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../auth/use-session.ts';
import { loginPath } from '../routes/paths.ts';

/**
 * What the data pages show by who is signed in: `children` for admins and OPD accounts, a
 * message (with the way to sign in, back to `here`) for everyone else — the server refuses
 * them in any case — and a loading line while the session is read.
 */
export function DataAccess({
  here,
  children,
}: {
  here: string;
  children: (actor: Actor) => ReactNode;
}) {
  const { t } = useTranslation();
  const { session, isPending } = useSession();
  if (isPending) {
    return (
      <p className="muted" role="status">
        {t('data.loading')}
      </p>
    );
  }
  if (session?.role === 'admin' || (session?.role === 'opd' && session.opd !== null)) {
    return children({ role: session.role, opd: session.opd });
  }
  return (
    <div className="admin-notice">
      <p role="alert">{t('data.notAllowed')}</p>
      {!session && (
        <p>
          <Link href={loginPath(here)}>{t('data.signIn')}</Link>
        </p>
      )}
    </div>
  );
}
