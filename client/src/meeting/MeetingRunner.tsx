import type { MeetingAgendaStep, MeetingDetail } from '@peta/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Boundaries } from '../map/load-boundaries.ts';
import { MapView } from '../map/MapView.tsx';
import { useBoundaries } from '../map/use-boundaries.ts';
import { PageMessage } from '../routes/PageMessage.tsx';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPC } from '../trpc.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { EndMeetingButton } from './EndMeetingButton.tsx';
import { KelurahanStep } from './KelurahanStep.tsx';
import { MeetingToolbar } from './MeetingToolbar.tsx';
import { applyStepAction, type StepAction } from './meeting-keys.ts';
import { buildMeetingSteps, stepKey, type MeetingStep } from './meeting-steps.ts';
import { programSeed } from './program-name.ts';
import { PresenterControls } from './PresenterControls.tsx';
import { ProgramStep } from './ProgramStep.tsx';
import { SinceLastStep } from './SinceLastStep.tsx';
import { StepNavigation } from './StepNavigation.tsx';
import { usePresenter } from './use-presenter.ts';
import { useStepIndex } from './use-step-index.ts';
import { useStepKeys } from './use-step-keys.ts';
import { useStepMap } from './use-step-map.ts';

/** Props of {@link MeetingRunner}. */
export interface MeetingRunnerProps {
  meetingId: number;
  /** Admin: may record, edit the agenda and end the meeting. */
  canRun: boolean;
}

/** A running meeting: loads it and the boundaries, then {@link RunningMeeting}. */
export function MeetingRunner({ meetingId, canRun }: MeetingRunnerProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.byId.queryOptions({ id: meetingId }));
  const boundaries = useBoundaries();
  if (meeting.isError || boundaries.isError) {
    return (
      <PageMessage
        retry={{
          label: t('meeting.retry'),
          onRetry: () => {
            void meeting.refetch();
            void boundaries.refetch();
          },
        }}
      >
        {t('meeting.loadError')}
      </PageMessage>
    );
  }
  if (meeting.isPending || boundaries.isPending) {
    return <PageMessage busy>{t('meeting.loading')}</PageMessage>;
  }
  return <RunningMeeting meeting={meeting.data} boundaries={boundaries.data} canRun={canRun} />;
}

function RunningMeeting({
  meeting,
  boundaries,
  canRun,
}: {
  meeting: MeetingDetail;
  boundaries: Boundaries;
  canRun: boolean;
}) {
  const { t } = useTranslation();
  const steps = useMemo(() => buildMeetingSteps(meeting.agenda), [meeting.agenda]);
  const [index, setIndex] = useStepIndex(steps.length);
  const [editing, setEditing] = useState(false);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const onMap = useCallback((next: MaplibreMap | null) => {
    setMap(next);
  }, []);
  const step: MeetingStep = steps[index] ?? { kind: 'sinceLast' };
  const open = meeting.endedAt === null;
  const canRecord = canRun && open;
  const presenter = usePresenter(meeting, canRecord, index, setIndex);
  const { movedByHand } = presenter;

  const act = useCallback(
    (action: StepAction) => {
      movedByHand();
      setIndex(applyStepAction(action, index, steps.length));
    },
    [movedByHand, setIndex, index, steps.length],
  );
  useStepKeys(act, !editing);
  useStepMap(map, step, boundaries);

  // Each step (and the agenda editor) starts at the top of the panel.
  const panelRef = useRef<HTMLDivElement>(null);
  const key = stepKey(step);
  useEffect(() => {
    panelRef.current?.scrollTo({ top: 0 });
  }, [key, editing]);

  const stepLabel =
    step.kind === 'sinceLast'
      ? t('meeting.sinceLast.heading')
      : step.kind === 'program'
        ? (programSeed(step.programId)?.name ?? step.programId)
        : (boundaries.kelurahanByCode.get(step.kelurahanCode)?.name ?? step.kelurahanCode);

  return (
    <div className="meeting-run" data-testid="meeting-run" data-meeting-id={meeting.id}>
      <MeetingToolbar title={meeting.title} readOnly={!canRun}>
        {open && <PresenterControls presenter={presenter} canPresent={canRecord} />}
        {canRecord && (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={editing}
            onClick={() => {
              setEditing(!editing);
            }}
          >
            {t('meeting.agenda.edit')}
          </button>
        )}
        {canRecord && <EndMeetingButton meetingId={meeting.id} />}
      </MeetingToolbar>
      <div className="meeting-map">
        <MapView boundaries={boundaries} syncUrl={false} onMap={onMap} />
      </div>
      <div className="meeting-panel" ref={panelRef}>
        {editing ? (
          <AgendaEdit
            meeting={meeting}
            boundaries={boundaries}
            onDone={() => {
              setEditing(false);
            }}
          />
        ) : (
          <StepPanel step={step} meeting={meeting} boundaries={boundaries} canRecord={canRecord} />
        )}
      </div>
      <StepNavigation
        index={index}
        count={steps.length}
        label={stepLabel}
        onPrevious={() => {
          act('previous');
        }}
        onNext={() => {
          act('next');
        }}
      />
    </div>
  );
}

function StepPanel({
  step,
  meeting,
  boundaries,
  canRecord,
}: {
  step: MeetingStep;
  meeting: MeetingDetail;
  boundaries: Boundaries;
  canRecord: boolean;
}) {
  switch (step.kind) {
    case 'sinceLast':
      return <SinceLastStep meeting={meeting} canRecord={canRecord} />;
    case 'program':
      return (
        // Keyed, so the forms start empty on each program.
        <ProgramStep
          key={step.programId}
          programId={step.programId}
          meeting={meeting}
          canRecord={canRecord}
        />
      );
    case 'kelurahan':
      return <KelurahanStep kelurahanCode={step.kelurahanCode} boundaries={boundaries} />;
  }
}

/** The agenda editor of a running meeting, saved with `meetings.setAgenda`. */
function AgendaEdit({
  meeting,
  boundaries,
  onDone,
}: {
  meeting: MeetingDetail;
  boundaries: Boundaries;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [agenda, setAgenda] = useState<MeetingAgendaStep[]>(() => [...meeting.agenda]);
  const save = useMutation(
    trpc.meetings.setAgenda.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.meetings.pathFilter());
        onDone();
      },
    }),
  );
  return (
    <section className="meeting-step" aria-labelledby="meeting-agenda-title">
      <h2 id="meeting-agenda-title" className="meeting-step-title">
        {t('meeting.agenda.heading')}
      </h2>
      <AgendaEditor agenda={agenda} onChange={setAgenda} boundaries={boundaries} />
      {save.error && (
        <p className="form-error" role="alert">
          {readTrpcError(save.error).message}
        </p>
      )}
      <p className="meeting-form-actions">
        <button
          type="button"
          className="button button-large"
          disabled={save.isPending || agenda.length === 0}
          onClick={() => {
            save.mutate({ id: meeting.id, agenda });
          }}
        >
          {save.isPending ? t('meeting.agenda.saving') : t('meeting.agenda.save')}
        </button>
        <button type="button" className="button button-large button-secondary" onClick={onDone}>
          {t('meeting.agenda.cancel')}
        </button>
      </p>
    </section>
  );
}
