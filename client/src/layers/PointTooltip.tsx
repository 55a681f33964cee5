import { useRef, type ReactNode } from 'react';
import { useTooltipPlacement } from '../map/use-tooltip-placement.ts';

/** Props of {@link PointTooltip}. */
export interface PointTooltipProps {
  /** Pointer position in map container pixels. */
  x: number;
  y: number;
  children: ReactNode;
}

/** A point's details next to the pointer, styled and placed like the kelurahan tooltip. */
export function PointTooltip({ x, y, children }: PointTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  useTooltipPlacement(ref, { x, y });
  return (
    <div ref={ref} role="tooltip" className="kelurahan-tooltip point-tooltip">
      {children}
    </div>
  );
}
