import { auditRouter } from './routers/audit.ts';
import { authRouter } from './routers/auth.ts';
import { datasetsRouter } from './routers/datasets.ts';
import { displayTokensRouter } from './routers/display-tokens.ts';
import { indicatorsRouter } from './routers/indicators.ts';
import { kelurahanRouter } from './routers/kelurahan.ts';
import { liveRouter } from './routers/live.ts';
import { meetingsRouter } from './routers/meetings.ts';
import { csrProjectsRouter, floodSpotsRouter, programSitesRouter } from './routers/points.ts';
import { programsRouter } from './routers/programs.ts';
import { usersRouter } from './routers/users.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  displayTokens: displayTokensRouter,
  audit: auditRouter,
  live: liveRouter,
  kelurahan: kelurahanRouter,
  programs: programsRouter,
  indicators: indicatorsRouter,
  datasets: datasetsRouter,
  floodSpots: floodSpotsRouter,
  csrProjects: csrProjectsRouter,
  programSites: programSitesRouter,
  meetings: meetingsRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, scripts) with a context built by `createContextInner`. */
export const createCaller = createCallerFactory(appRouter);
