import { indicatorsRouter } from './routers/indicators.ts';
import { kelurahanRouter } from './routers/kelurahan.ts';
import { csrProjectsRouter, floodSpotsRouter, programSitesRouter } from './routers/points.ts';
import { programsRouter } from './routers/programs.ts';
import { createCallerFactory, router } from './trpc.ts';

export const appRouter = router({
  kelurahan: kelurahanRouter,
  programs: programsRouter,
  indicators: indicatorsRouter,
  floodSpots: floodSpotsRouter,
  csrProjects: csrProjectsRouter,
  programSites: programSitesRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, scripts) with a context built by `createContextInner`. */
export const createCaller = createCallerFactory(appRouter);
