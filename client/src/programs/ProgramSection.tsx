import type { ReactNode } from 'react';

/** Props of {@link ProgramSection}. */
export interface ProgramSectionProps {
  /** Unique on the page; the heading's id is `${id}-title`. */
  id: string;
  title: string;
  /** Shown instead of `children` when set: the section's empty (or sign-in) message. */
  empty?: ReactNode;
  children?: ReactNode;
}

/** One titled section of the program page, named by its heading. */
export function ProgramSection({ id, title, empty, children }: ProgramSectionProps) {
  return (
    <section className="program-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}
