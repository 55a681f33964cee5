import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../routes/FieldError.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_MB,
  evidenceFileName,
  evidenceProblem,
  readAsDataUrl,
} from './evidence-file.ts';

/** Upload of one evidence photo (JPEG, PNG or WebP up to the size limit) with a caption. */
export function EvidenceUpload({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const upload = useMutation(
    trpc.programs.addEvidence.mutationOptions({
      onSuccess: () => {
        setFile(null);
        setCaption('');
        setDone(true);
        void queryClient.invalidateQueries(trpc.programs.byId.queryFilter({ id: programId }));
      },
    }),
  );

  const choose = (chosen: File | null) => {
    setDone(false);
    upload.reset();
    const why = chosen ? evidenceProblem(chosen) : null;
    setProblem(why ? t(`programs.evidence.${why}`, { max: EVIDENCE_MAX_MB }) : null);
    setFile(why ? null : chosen);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!file) return;
    upload.mutate(
      {
        programId,
        fileName: evidenceFileName(file.name, file.type),
        caption,
        dataBase64: await readAsDataUrl(file),
      },
      // Clears the file input, which React does not control.
      {
        onSuccess: () => {
          form.reset();
        },
      },
    );
  };

  const error = problem ?? (upload.error ? readTrpcError(upload.error).message : undefined);
  return (
    <form className="evidence-upload" onSubmit={(e) => void submit(e)}>
      <div className="form-field">
        <label htmlFor={`${id}-file`}>
          {t('programs.evidence.file', { max: EVIDENCE_MAX_MB })}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept={EVIDENCE_ACCEPT}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            choose(e.target.files?.[0] ?? null);
          }}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-caption`}>{t('programs.evidence.caption')}</label>
        <input
          id={`${id}-caption`}
          type="text"
          maxLength={500}
          value={caption}
          onChange={(e) => {
            setCaption(e.target.value);
          }}
        />
      </div>
      <button
        type="submit"
        className="button button-secondary"
        disabled={!file || upload.isPending}
      >
        {upload.isPending ? t('programs.evidence.uploading') : t('programs.evidence.upload')}
      </button>
      <p className="form-notice" role="status">
        {done ? t('programs.evidence.uploaded') : ''}
      </p>
    </form>
  );
}
