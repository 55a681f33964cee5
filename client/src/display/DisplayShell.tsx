import { PROGRAMS } from '@peta/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { layerName } from '../layers/layer-text.ts';
import { useLayerRegistry } from '../layers/registry.ts';
import { useTRPC } from '../trpc.ts';
import { DisplayBoard } from './DisplayBoard.tsx';
import { DisplayClock } from './DisplayClock.tsx';
import type { DisplayConfig, DisplayView } from './display-config.ts';
import { expandViews, viewKey } from './display-config.ts';
import { DisplayDataStatus } from './DisplayDataStatus.tsx';
import { DisplayMap } from './DisplayMap.tsx';
import { DisplayProgram } from './DisplayProgram.tsx';
import { DisplayRotationBar } from './DisplayRotationBar.tsx';
import { useRotation } from './use-rotation.ts';

/**
 * Every query on screen is fetched again this often: a safety net under the live updates for
 * changes they do not announce (datasets) and for a stream that is down.
 */
const REFETCH_MS = 60_000;

/** The signed-in display: title bar with clock and data status, the rotating view, the rotation bar. */
export function DisplayShell({ config }: { config: DisplayConfig }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const programs = useQuery(trpc.programs.list.queryOptions()).data;
  const programOrder = (programs ?? PROGRAMS).map((p) => p.id).join(',');
  const { registry } = useLayerRegistry();
  const layerOrder = registry?.layers.map((layer) => layer.id).join(',') ?? null;
  const views = useMemo(
    () => expandViews(config.entries, programOrder.split(','), layerOrder?.split(',') ?? null),
    [config.entries, programOrder, layerOrder],
  );
  const rotation = useRotation(views.length, config.seconds);
  const { go, togglePause } = rotation;
  const view = views[rotation.index] ?? views[0];

  useEffect(() => {
    const timer = setInterval(() => {
      void queryClient.refetchQueries({
        type: 'active',
        predicate: (query) => query.queryKey[0] !== 'geodata',
      });
    }, REFETCH_MS);
    return () => {
      clearInterval(timer);
    };
  }, [queryClient]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const onControl =
        event.target instanceof Element &&
        event.target.closest('button, a, input, select, textarea') !== null;
      switch (event.key) {
        case ' ':
          if (onControl) return;
          togglePause();
          break;
        case 'ArrowRight':
        case 'PageDown':
          go(1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(-1);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [go, togglePause]);

  const hasMap = views.some((v) => v.kind === 'layer');
  return (
    <>
      <header className="display-bar">
        <div className="display-heading">
          <ViewTitle view={view} />
        </div>
        <DisplayDataStatus />
        <DisplayClock />
      </header>
      <main
        className="display-stage"
        data-testid="display-stage"
        data-view={view ? viewKey(view) : undefined}
      >
        {hasMap && <DisplayMap layer={view?.kind === 'layer' ? view.layer : null} />}
        {view?.kind === 'board' && <DisplayBoard />}
        {view?.kind === 'program' && <DisplayProgram id={view.id} />}
      </main>
      <DisplayRotationBar rotation={rotation} count={views.length} seconds={config.seconds} />
    </>
  );
}

/** The large title of the view on screen: the layer's name, the board, or the program. */
function ViewTitle({ view }: { view: DisplayView | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const programs = useQuery(trpc.programs.list.queryOptions()).data;
  const { registry } = useLayerRegistry();
  let title: string = t('display.title');
  if (view?.kind === 'layer') {
    const layer = registry?.get(view.layer);
    title = layer ? layerName(layer.definition, t) : '';
  }
  if (view?.kind === 'board') title = t('display.views.board');
  if (view?.kind === 'program') {
    const program =
      programs?.find((p) => p.id === view.id) ?? PROGRAMS.find((p) => p.id === view.id);
    if (program) title = t('display.views.program', { number: program.number, name: program.name });
  }
  return (
    <>
      <p className="display-eyebrow">{t('display.title')}</p>
      <h1 className="display-title">{title}</h1>
    </>
  );
}
