import { useCallback, useEffect, useMemo, useState } from 'react';
import { KelurahanTooltip } from '../map/KelurahanTooltip.tsx';
import type { KelurahanLabels } from '../map/labels-overlay.ts';
import type { KelurahanInfo } from '../map/load-boundaries.ts';
import { ChoroplethTooltipRows } from './choropleth/ChoroplethTooltipRows.tsx';
import { PointTooltip } from './PointTooltip.tsx';
import type { LayerState } from './thematic-layer.ts';

/** The point under the pointer: its layer, index in the layer's data, and where the pointer is. */
interface PointHover {
  id: string;
  index: number;
  x: number;
  y: number;
}

/** Props of {@link MapTooltips}. */
export interface MapTooltipsProps {
  overlay: KelurahanLabels | null;
  /** Visible layers, lowest first. */
  states: readonly LayerState[];
  kelurahanByCode: ReadonlyMap<string, KelurahanInfo>;
}

/**
 * The map's tooltip: a point's details while a point is under the pointer (deck.gl picking),
 * else the kelurahan with its value in each visible choropleth. Holds the point hover itself,
 * so moving over points re-renders only this.
 */
export function MapTooltips({ overlay, states, kelurahanByCode }: MapTooltipsProps) {
  const [hover, setHover] = useState<PointHover | null>(null);
  useEffect(() => {
    if (!overlay) return;
    overlay.setOnHover(({ layer, picked, index, x, y }) => {
      setHover(layer && picked && index >= 0 ? { id: layer.id, index, x, y } : null);
    });
    return () => {
      overlay.setOnHover(null);
      setHover(null);
    };
  }, [overlay]);

  const choropleths = useMemo(
    () => states.flatMap(({ model }) => (model?.kind === 'choropleth' ? [model] : [])).reverse(),
    [states],
  );
  const details = useCallback(
    (code: string) => <ChoroplethTooltipRows code={code} models={choropleths} />,
    [choropleths],
  );
  const pointModel = hover ? states.find((state) => state.id === hover.id)?.model : undefined;
  const point = hover && pointModel?.kind === 'points' ? pointModel.tooltipAt(hover.index) : null;

  return (
    <>
      <KelurahanTooltip
        kelurahanByCode={kelurahanByCode}
        details={choropleths.length > 0 ? details : undefined}
        hidden={point !== null}
      />
      {hover && point !== null && (
        <PointTooltip x={hover.x} y={hover.y}>
          {point}
        </PointTooltip>
      )}
    </>
  );
}
