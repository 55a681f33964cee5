import { useTranslation } from 'react-i18next';
import { PageMessage } from '../routes/PageMessage.tsx';

/** `/layar`: wall-display mode. */
export function DisplayPage() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <PageMessage>{t('nav.loadingPage')}</PageMessage>
    </main>
  );
}
