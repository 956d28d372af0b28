import "server-only";
import { closeDb } from "@/lib/server/db";

/**
 * Runs a command-line entry point that opens the database: its exit code, or `onError`'s for a thrown error
 * (default: the message, exit 2), and the database closed before exiting either way (PGlite's data-folder lock).
 */
export function runDbCli(
  main: () => Promise<number>,
  onError: (err: unknown) => number = (err) => {
    console.error(err instanceof Error ? err.message : err);
    return 2;
  },
): void {
  void main()
    .catch(onError)
    .then(async (code) => {
      await closeDb().catch(() => {});
      process.exit(code);
    });
}
