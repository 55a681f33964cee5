import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../admin/ConfirmButton.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';

/** "Akhiri rapat", asked twice; the page then shows the stored meeting's summary. */
export function EndMeetingButton({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const end = useMutation(
    trpc.meetings.end.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.meetings.pathFilter()),
    }),
  );
  return (
    <span className="meeting-end">
      <ConfirmButton
        label={t('meeting.end.button')}
        prompt={t('meeting.end.prompt')}
        confirmLabel={t('meeting.end.confirm')}
        pending={end.isPending}
        onConfirm={() => {
          end.mutate({ id: meetingId });
        }}
      />
      {end.error && (
        <span className="form-error" role="alert">
          {t('meeting.end.error', { message: readTrpcError(end.error).message })}
        </span>
      )}
    </span>
  );
}
