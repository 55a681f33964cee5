import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { MapPage } from './MapPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PageMessage } from './PageMessage.tsx';
import { PATHS } from './paths.ts';

// Everything but the map loads on demand, so the map's first view does not grow.
const ProgramBoardPage = lazy(async () => ({
  default: (await import('../programs/ProgramBoardPage.tsx')).ProgramBoardPage,
}));
const ProgramPage = lazy(async () => ({
  default: (await import('../programs/ProgramPage.tsx')).ProgramPage,
}));
const LoginPage = lazy(async () => ({
  default: (await import('../auth/LoginPage.tsx')).LoginPage,
}));
const AdminPage = lazy(async () => ({
  default: (await import('../admin/AdminPage.tsx')).AdminPage,
}));
const MeetingPage = lazy(async () => ({
  default: (await import('../meeting/MeetingPage.tsx')).MeetingPage,
}));
const DataPage = lazy(async () => ({
  default: (await import('../data/DataPage.tsx')).DataPage,
}));
const ImportWizardPage = lazy(async () => ({
  default: (await import('../data/ImportWizardPage.tsx')).ImportWizardPage,
}));
const DisplayPage = lazy(async () => ({
  default: (await import('../display/DisplayPage.tsx')).DisplayPage,
}));

/**
 * The pages of the app by path: the map (`/`), the board, a program, login, admin, the data
 * catalogue and import wizard (`/data`, `/data/impor`), and the
 * full-screen meeting (`/rapat`) and wall-display (`/layar`) modes.
 */
export function AppRoutes() {
  return (
    <Switch>
      <Route path={PATHS.map}>
        <MapPage />
      </Route>
      <Route path={PATHS.board}>
        <LazyPage>
          <ProgramBoardPage />
        </LazyPage>
      </Route>
      <Route path={PATHS.program}>
        {(params) => (
          <LazyPage>
            <ProgramPage id={params.id} />
          </LazyPage>
        )}
      </Route>
      <Route path={PATHS.login}>
        <LazyPage>
          <LoginPage />
        </LazyPage>
      </Route>
      <Route path={PATHS.admin}>
        <LazyPage>
          <AdminPage />
        </LazyPage>
      </Route>
      <Route path={PATHS.data}>
        <LazyPage>
          <DataPage />
        </LazyPage>
      </Route>
      <Route path={PATHS.dataImport}>
        <LazyPage>
          <ImportWizardPage />
        </LazyPage>
      </Route>
      <Route path={PATHS.meeting}>
        <LazyPage>
          <MeetingPage />
        </LazyPage>
      </Route>
      <Route path={PATHS.display}>
        <LazyPage>
          <DisplayPage />
        </LazyPage>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

/** A lazily loaded page: a loading message while its code arrives, a message if it fails. */
function LazyPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const failed = (
    <main className="page">
      <PageMessage
        retry={{
          label: t('nav.reload'),
          onRetry: () => {
            window.location.reload();
          },
        }}
      >
        {t('nav.pageError')}
      </PageMessage>
    </main>
  );
  return (
    // Keyed by path, so leaving a page that failed to load gives the next one a fresh start.
    <ErrorBoundary key={location} fallback={failed}>
      <Suspense
        fallback={
          <main className="page">
            <PageMessage busy>{t('nav.loadingPage')}</PageMessage>
          </main>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
