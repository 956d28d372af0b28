import "server-only";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite is an in-process PostgreSQL: two processes opening the same data folder would corrupt it.
 * A pid file makes the second one (e.g. `npm run users` while the server runs) fail with a clear message.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "custody.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockFile, { force: true });
      // A clean exit without close() (Ctrl-C on the dev server) must not leave a lock behind.
      process.once("exit", release);
      return () => {
        process.removeListener("exit", release);
        release();
      };
    } catch (err) {
      if (!isNodeError(err) || err.code !== "EEXIST") throw err;
      const holder = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The data folder ${dataDir} is in use by process ${holder} (probably the console server). ` +
            `Stop it first, or point both at PostgreSQL with DATABASE_URL. If no such process exists, delete ${lockFile}.`,
        );
      }
      // Stale lock from a crashed process (or our own): take it over.
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return isNodeError(err) && err.code === "EPERM";
  }
}

function isNodeError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && "code" in err;
}
