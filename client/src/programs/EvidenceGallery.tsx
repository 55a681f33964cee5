import type { ProgramDetail, SessionInfo } from '@peta/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loginPath, programPath } from '../routes/paths.ts';
import { EvidenceUpload } from './EvidenceUpload.tsx';
import { useProgramFormat } from './use-program-format.ts';
import { ProgramSection } from './ProgramSection.tsx';

/** Props of {@link EvidenceGallery}. */
export interface EvidenceGalleryProps {
  detail: ProgramDetail;
  session: SessionInfo | null;
  canEdit: boolean;
}

/**
 * "Foto bukti": thumbnails of the evidence photos (`GET /evidence/:id`, session only), each
 * opening the full photo, and the upload form for editors.
 */
export function EvidenceGallery({ detail, session, canEdit }: EvidenceGalleryProps) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  return (
    <ProgramSection id="evidence" title={t('programs.evidence.title')}>
      {session === null ? (
        <p className="muted">
          <Link href={loginPath(programPath(detail.id))}>{t('programs.evidence.signIn')}</Link>
        </p>
      ) : detail.evidence.length === 0 ? (
        <p className="muted">{t('programs.evidence.empty')}</p>
      ) : (
        <ul className="evidence-gallery">
          {detail.evidence.map((photo) => (
            <li key={photo.id} data-testid="evidence-photo">
              <figure>
                <a
                  href={photo.url}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('programs.evidence.open', {
                    name: photo.caption || photo.fileName,
                  })}
                >
                  <img src={photo.url} alt={photo.caption || photo.fileName} loading="lazy" />
                </a>
                <figcaption>
                  {photo.caption && <span>{photo.caption}</span>}
                  <span className="muted">
                    {t('programs.evidence.uploadedBy', {
                      name: photo.uploadedByName ?? '?',
                      time: format.dateTime(photo.uploadedAt),
                    })}
                  </span>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
      {canEdit && <EvidenceUpload programId={detail.id} />}
    </ProgramSection>
  );
}
