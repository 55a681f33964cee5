import { message } from '@peta/shared';
import type { ChangeEvent } from '@peta/shared';
import { findSessionById } from '../auth/session-store.ts';
import type { SessionActor } from '../auth/session-actor.ts';
import { authedProcedure, router } from '../trpc.ts';
import { LocalizedError } from '../errors.ts';

/** Whether the event is about the session's own user or display token. */
function isAboutActor(event: ChangeEvent, actor: SessionActor): boolean {
  return (
    (event.kind === 'user' && event.id === String(actor.userId)) ||
    (event.kind === 'displayToken' && event.id === String(actor.displayTokenId))
  );
}

/** Program and meeting changes go to everyone; account changes to admins and the account concerned. */
function isVisibleTo(event: ChangeEvent, actor: SessionActor): boolean {
  return (
    event.kind === 'program' ||
    event.kind === 'meeting' ||
    actor.role === 'admin' ||
    isAboutActor(event, actor)
  );
}

export const liveRouter = router({
  /**
   * Every committed change, as it happens (SSE). Ends with UNAUTHORIZED once the session is
   * gone (logout, user disabled, display token revoked, expired), and with SERVICE_UNAVAILABLE
   * when the server shuts down.
   */
  onChange: authedProcedure.subscription(async function* ({ ctx, signal }) {
    let { expiresAt } = ctx.session;
    for await (const event of ctx.bus.changes(signal)) {
      if (isAboutActor(event, ctx.session.actor) || expiresAt.getTime() <= Date.now()) {
        const session = await findSessionById(ctx.db, ctx.session.id);
        if (!session) {
          throw new LocalizedError('UNAUTHORIZED', message('sessionExpired'));
        }
        ({ expiresAt } = session);
      }
      if (isVisibleTo(event, ctx.session.actor)) yield event;
    }
    // A quiet end would tell clients the stream is over for good; an error makes them
    // reconnect (with backoff) to the server that replaces this one.
    if (ctx.bus.closed) throw new LocalizedError('SERVICE_UNAVAILABLE', message('serverStopping'));
  }),
});
