import { datasetActivateInputSchema, datasetVersionsInputSchema } from '@peta/shared';
import { activateDatasetVersion } from '../datasets/activate-dataset-version.ts';
import { listDatasetVersions } from '../datasets/list-dataset-versions.ts';
import { requireIndicator } from '../datasets/require-indicator.ts';
import { adminProcedure, router, userProcedure } from '../trpc.ts';

export const datasetsRouter = router({
  /**
   * The saved dataset versions of an indicator (or one of its years), newest first, with
   * provenance and which one is active. Any signed-in user. Unknown slug → NOT_FOUND.
   */
  versions: userProcedure.input(datasetVersionsInputSchema).query(async ({ ctx, input }) => {
    const indicator = await requireIndicator(ctx.db, input.indicator);
    return listDatasetVersions(ctx.db, {
      indicator: indicator.slug,
      ...(input.year !== undefined && { year: input.year }),
    });
  }),

  /**
   * Makes a saved version the one the map shows for its indicator-year (admin; audited as
   * `datasets.activate`; live 'indicator'). Activating the active one changes nothing.
   */
  activate: adminProcedure
    .input(datasetActivateInputSchema)
    .mutation(({ ctx, input }) => activateDatasetVersion(ctx, ctx.user, input.versionId)),
});
