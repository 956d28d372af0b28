import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

/**
 * A long-running child started in its own process group, so that stopping it also stops anything
 * it spawned (next start, tsx's node) and a terminal Ctrl-C reaches only the parent, which then
 * shuts the children down in order instead of racing them.
 */
export interface ManagedChild {
  readonly name: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code (or signal name) once the child has exited. */
  readonly exited: Promise<number | string>;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export function startManagedChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void,
): ManagedChild {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", onLine);
  }
  let hasExited = false;
  const exited = new Promise<number | string>((resolve) => {
    child.on("error", (error) => {
      onLine(`could not start: ${error.message}`);
      hasExited = true;
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      hasExited = true;
      resolve(code ?? signal ?? "unknown");
    });
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    if (hasExited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };

  return {
    name,
    process: child,
    exited,
    async stop(graceMs = 5000) {
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
