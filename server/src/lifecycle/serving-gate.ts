import { createServer, type RequestListener, type Server } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';

/** An HTTP server bound before the app exists: it answers with `starting` until `serve`. */
export interface ServingGate {
  readonly server: Server;
  /** The port actually bound (differs from the one asked for when that was 0). */
  readonly port: number;
  /** From now on requests go to `app`. */
  serve(app: RequestListener): void;
  /**
   * Stops accepting connections (after a second that lets the ones already queued in) and lets
   * every request received be answered: responses from now on close their connection, idle
   * keep-alive connections are closed, and after `timeoutMs` whatever is left is cut.
   *
   * @returns true when every connection ended by itself, false when some had to be cut.
   */
  drain(timeoutMs: number): Promise<boolean>;
}

/** The port is taken or may not be bound; nothing else has been done yet. */
export class PortUnavailableError extends Error {
  constructor(
    readonly port: number,
    readonly host: string,
    readonly code: string,
  ) {
    super(
      code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is already in use: stop what is listening there, or set PORT to a free port.`
        : `Cannot listen on ${host}:${port} (${code}): set PORT (and HOST) to an address this user may bind.`,
    );
  }
}

/**
 * How long a drain keeps accepting and keeps idle connections open. Connections the kernel has
 * queued but the busy event loop has not accepted yet would be reset by closing the listening
 * socket at once, and a request already sent on an idle keep-alive connection may still be
 * unread; both are requests in flight for their client.
 */
const IDLE_GRACE_MS = 1000;

/**
 * Binds `port` first, so a start on a port in use fails before the database is opened or
 * migrated (probing the port first would leave a race until the real bind).
 *
 * Node's own `closeIdleConnections` counts a connection whose request is not parsed yet as
 * idle and destroys it at once, resetting requests the client has already sent; the gate
 * counts requests per connection itself and closes idle ones only after a grace period.
 *
 * @throws PortUnavailableError when the port cannot be bound.
 */
export async function openServingGate(
  port: number,
  host: string,
  starting: RequestListener,
): Promise<ServingGate> {
  let handler = starting;
  let draining = false;
  /** Per connection: requests received and not yet answered, and since when it has none. */
  const connections = new Map<Socket, { open: number; idleSince: number }>();
  const server = createServer((req, res) => {
    const state = connections.get(req.socket);
    if (state) {
      state.open += 1;
      res.once('close', () => {
        state.open -= 1;
        if (state.open === 0) state.idleSince = Date.now();
      });
    }
    if (draining) res.setHeader('Connection', 'close');
    handler(req, res);
  });
  server.on('connection', (socket) => {
    connections.set(socket, { open: 0, idleSince: Date.now() });
    socket.once('close', () => connections.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code ? new PortUnavailableError(port, host, error.code) : (error as Error));
    });
    server.listen(port, host, resolve);
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    serve(app) {
      handler = app;
    },
    drain(timeoutMs) {
      draining = true;
      const closeIdle = (): void => {
        const idleBefore = Date.now() - IDLE_GRACE_MS;
        for (const [socket, { open, idleSince }] of connections) {
          if (open === 0 && idleSince <= idleBefore) socket.destroy();
        }
      };
      return new Promise((resolve) => {
        let sweep: NodeJS.Timeout | undefined;
        const grace = setTimeout(() => {
          // net.Server's close: http.Server's would destroy the connections it counts as idle.
          NetServer.prototype.close.call(server, () => {
            finish(true);
          });
          closeIdle();
          sweep = setInterval(closeIdle, 100);
        }, IDLE_GRACE_MS);
        const deadline = setTimeout(() => {
          for (const socket of connections.keys()) socket.destroy();
          finish(false);
        }, timeoutMs);
        function finish(graceful: boolean): void {
          clearTimeout(grace);
          clearInterval(sweep);
          clearTimeout(deadline);
          resolve(graceful);
        }
      });
    },
  };
}
