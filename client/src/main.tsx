import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetchFirstView } from './boot-prefetch.ts';
import { initI18n } from './i18n/i18n.ts';
import { PATHS } from './routes/paths.ts';
import './styles.css';
import { applyTheme } from './theme/theme-store.ts';
import { createQueryClient, createTrpcClient, TRPCProvider } from './trpc.ts';

initI18n();
applyTheme();
const queryClient = createQueryClient();
const trpcClient = createTrpcClient();
// The map's data and deck.gl only when the app opens on the map, not on a program page.
if (window.location.pathname === PATHS.map) prefetchFirstView(queryClient, trpcClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <App />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
