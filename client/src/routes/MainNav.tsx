import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { useSession } from '../auth/use-session.ts';
import { PATHS } from './paths.ts';

/**
 * The header's links between the map, the program board, the data pages (admins and OPD
 * accounts) and (for admins) the admin screen.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [onMap] = useRoute(PATHS.map);
  const [onBoard] = useRoute(PATHS.board);
  const [onProgram] = useRoute(PATHS.program);
  const [onAdmin] = useRoute(PATHS.admin);
  const [onData] = useRoute(PATHS.data);
  const [onDataImport] = useRoute(PATHS.dataImport);
  const role = session?.role;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <NavLink href={PATHS.map} current={onMap} label={t('nav.map')} />
      <NavLink href={PATHS.board} current={onBoard || onProgram} label={t('nav.programs')} />
      {(role === 'admin' || role === 'opd') && (
        <NavLink href={PATHS.data} current={onData || onDataImport} label={t('data.nav')} />
      )}
      {role === 'admin' && <NavLink href={PATHS.admin} current={onAdmin} label={t('nav.admin')} />}
    </nav>
  );
}

function NavLink({ href, current, label }: { href: string; current: boolean; label: string }) {
  return (
    <Link href={href} className="main-nav-link" aria-current={current ? 'page' : undefined}>
      {label}
    </Link>
  );
}
