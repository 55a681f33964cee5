import { lazy, Suspense } from 'react';
import { useLocation } from 'wouter';
import { useSession } from './auth/use-session.ts';
import { AppHeader } from './components/AppHeader.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { AppRoutes } from './routes/AppRoutes.tsx';
import { FULL_SCREEN_PATHS } from './routes/paths.ts';

// Live updates need a session; anonymous map visitors never load their code.
const LiveUpdates = lazy(async () => ({
  default: (await import('./live/LiveUpdates.tsx')).LiveUpdates,
}));

/**
 * The app shell: the header above the page of the current route (none in the full-screen
 * meeting and display modes), kept current live.
 */
export function App() {
  const { session } = useSession();
  const [location] = useLocation();
  const fullScreen = FULL_SCREEN_PATHS.includes(location);
  return (
    <div className={fullScreen ? 'app app-full-screen' : 'app'}>
      {!fullScreen && <AppHeader />}
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
