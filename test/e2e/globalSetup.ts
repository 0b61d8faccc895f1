/**
 * Jest globalSetup of the e2e project: one `npm start` for every e2e file.
 */
import { startServer } from "./support";

export default async function globalSetup(): Promise<void> {
  (globalThis as { mdiE2eServer?: unknown }).mdiE2eServer = await startServer();
}
