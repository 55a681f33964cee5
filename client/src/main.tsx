import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetchFirstView } from './boot-prefetch.ts';
import { initI18n } from './i18n/i18n.ts';
import './styles.css';
import { createQueryClient, createTrpcClient, TRPCProvider } from './trpc.ts';

initI18n();
const queryClient = createQueryClient();
const trpcClient = createTrpcClient();
prefetchFirstView(queryClient, trpcClient);

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
