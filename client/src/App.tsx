import { lazy, Suspense } from 'react';
import { useSession } from './auth/use-session.ts';
import { AppHeader } from './components/AppHeader.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { AppRoutes } from './routes/AppRoutes.tsx';

// Live updates need a session; anonymous map visitors never load their code.
const LiveUpdates = lazy(async () => ({
  default: (await import('./live/LiveUpdates.tsx')).LiveUpdates,
}));

/** The app shell: the header above the page of the current route, kept current live. */
export function App() {
  const { session } = useSession();
  return (
    <div className="app">
      <AppHeader />
      <AppRoutes />
      {session && (
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <LiveUpdates />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
