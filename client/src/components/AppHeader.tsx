import { useTranslation } from 'react-i18next';
import { UserMenu } from '../auth/UserMenu.tsx';
import { LiveStatus } from '../live/LiveStatus.tsx';
import { MainNav } from '../routes/MainNav.tsx';
import { ThemeSwitch } from '../theme/ThemeSwitch.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The app bar: product title, navigation, live status, account, theme and language switches. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <MainNav />
      <div className="app-header-end">
        <LiveStatus />
        <UserMenu />
        <ThemeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
