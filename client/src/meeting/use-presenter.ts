import type { MeetingDetail } from '@peta/shared';
import { useCallback, useEffect, useState } from 'react';
import { readTrpcError } from '../routes/read-trpc-error.ts';
import { useTRPCClient } from '../trpc.ts';
import { StepAnnouncer } from './step-announcer.ts';

/** This tab presents meeting `id` (kept across reloads of the tab, not shared with other tabs). */
const presentingKey = (id: number) => `peta.meeting.${String(id)}.presenting`;

function readPresenting(id: number): boolean | null {
  try {
    const stored = sessionStorage.getItem(presentingKey(id));
    return stored === null ? null : stored === 'true';
  } catch {
    return null;
  }
}

function storePresenting(id: number, presenting: boolean): void {
  try {
    sessionStorage.setItem(presentingKey(id), String(presenting));
  } catch {
    // Storage disabled: the choice holds until the tab reloads.
  }
}

/** What {@link usePresenter} gives the meeting screen. */
export interface Presenter {
  /** This screen announces its step to every screen following the meeting. */
  readonly presenting: boolean;
  readonly setPresenting: (presenting: boolean) => void;
  /** This screen goes where the presenter is. */
  readonly following: boolean;
  /** Someone presents (the step is known). */
  readonly hasPresenter: boolean;
  /** Follow the presenter again (after moving by oneself). */
  readonly follow: () => void;
  /** A step move made on this screen: a follower stops following. */
  readonly movedByHand: () => void;
  /** Why the last announcement failed, until one succeeds. */
  readonly error: string | null;
}

/**
 * "Follow the presenter" for a running meeting. An admin who opens a meeting nobody presents
 * becomes its presenter (a reload keeps the role); their step goes to `meetings.present`, one
 * request at a time (StepAnnouncer). Every other screen follows `presentedStep` until it
 * moves by itself.
 */
export function usePresenter(
  meeting: MeetingDetail,
  canPresent: boolean,
  index: number,
  setIndex: (index: number) => void,
): Presenter {
  const client = useTRPCClient();
  // Decided once, when this screen may first present; remembered for reloads of the tab.
  const [presenting, setPresentingState] = useState(() => readPresenting(meeting.id));
  if (presenting === null && canPresent) setPresentingState(meeting.presentedStep === null);
  useEffect(() => {
    if (presenting !== null) storePresenting(meeting.id, presenting);
  }, [meeting.id, presenting]);
  const [following, setFollowing] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const active = presenting === true && canPresent;

  const setPresenting = useCallback((next: boolean) => {
    setPresentingState(next);
    if (!next) setFollowing(false);
  }, []);

  const [announcer] = useState(
    () =>
      new StepAnnouncer(
        (step) => client.meetings.present.mutate({ id: meeting.id, step }),
        (failure) => {
          setError(failure === null ? null : readTrpcError(failure).message);
        },
      ),
  );
  const { presentedStep } = meeting;
  // Also when the server has forgotten the step (a restart, a new agenda): say it again.
  const forgotten = presentedStep === null;
  useEffect(() => {
    if (active) announcer.announce(index);
  }, [active, index, announcer, forgotten]);

  useEffect(() => {
    if (!active && following && presentedStep !== null) setIndex(presentedStep);
  }, [active, following, presentedStep, setIndex]);

  const follow = useCallback(() => {
    setFollowing(true);
  }, []);
  const movedByHand = useCallback(() => {
    if (!active) setFollowing(false);
  }, [active]);

  return {
    presenting: active,
    setPresenting,
    following: !active && following,
    hasPresenter: presentedStep !== null,
    follow,
    movedByHand,
    error: active ? error : null,
  };
}
