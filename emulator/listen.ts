import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Starting and stopping the emulator's HTTP servers, in promises.

/** Listens on `port` (0 picks a free one) at `host`; resolves to the port in use, rejects on a listen error (port taken). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops listening and drops every open connection; resolves once the server is closed. */
export function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would otherwise go on being served: a stopped portal refuses everything.
    server.closeAllConnections();
  });
}
