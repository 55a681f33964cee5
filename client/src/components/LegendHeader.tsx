import type { ReactNode } from 'react';
import { LEGEND_SOURCE_LIMIT } from '../layers/source-line.ts';
import { SourceNote } from '../layers/SourceNote.tsx';

/** Props of {@link LegendHeader}. */
export interface LegendHeaderProps {
  /** Layer name and year, e.g. "Kemiskinan 2024". */
  title: string;
  /** What the colours or sizes measure, e.g. "% penduduk miskin". */
  measure: string;
  sources: readonly string[];
  isSample: boolean;
  /** More lines between the measure and the source. */
  children?: ReactNode;
}

/** "Kemiskinan 2024 · % penduduk miskin · Sumber: … · data contoh", over three lines. */
export function LegendHeader({ title, measure, sources, isSample, children }: LegendHeaderProps) {
  return (
    <header className="legend-header">
      <h3 className="legend-title">{title}</h3>
      <p className="legend-measure">{measure}</p>
      {children}
      {sources.length > 0 && (
        <SourceNote sources={sources} isSample={isSample} limit={LEGEND_SOURCE_LIMIT} />
      )}
    </header>
  );
}
