import { useTranslation } from 'react-i18next';
import { sourceLine } from './source-line.ts';

/** Props of {@link SourceNote}. */
export interface SourceNoteProps {
  /** Where the numbers come from, most used first; joined with "; ". */
  sources: readonly string[];
  /** Labels the numbers "data contoh" (sample data). */
  isSample: boolean;
  /** Extra notes after the source, e.g. "posisi perkiraan". */
  notes?: readonly string[];
  /** Shows at most this many sources and counts the rest (each point's tooltip names its own). */
  limit?: number;
}

/** "Sumber: … · posisi perkiraan · data contoh": the provenance line of every shown number. */
export function SourceNote({ sources, isSample, notes = [], limit = Infinity }: SourceNoteProps) {
  const { t } = useTranslation();
  return (
    <p className="source-note">
      {sourceLine(sources, t, limit)}
      {notes.map((note) => (
        <span key={note}> · {note}</span>
      ))}
      {isSample && (
        <>
          {' · '}
          <span className="sample-badge">{t('layers.legend.sample')}</span>
        </>
      )}
    </p>
  );
}
