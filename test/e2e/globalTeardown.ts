/**
 * Jest globalTeardown of the e2e project: stops the `npm start` of globalSetup.ts.
 */
import { stopServer, type Server } from "./support";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { mdiE2eServer?: Server }).mdiE2eServer;
  if (server) stopServer(server);
}
