import { useTranslation } from 'react-i18next';
import { PageMessage } from '../routes/PageMessage.tsx';

/** `/rapat`: meeting mode. */
export function MeetingPage() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <PageMessage>{t('nav.loadingPage')}</PageMessage>
    </main>
  );
}
