/**
 * `npm run simulator -- --port 4010 --profile demo --seed 42 …`: runs the Compliance API simulator until SIGINT or
 * SIGTERM. Prints exactly one line on stdout when ready (`listening on http://127.0.0.1:PORT`); request logs go to
 * stderr only with SIM_LOG=1. Bad flags exit with status 2.
 */
import { parseCliArgs, UsageError, USAGE } from "./cli-args";
import { startSimulator } from "./index";

async function main(): Promise<void> {
  let opts;
  try {
    opts = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`simulator: ${err.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = process.env.SIM_LOG === "1" ? (line: string) => process.stderr.write(`${line}\n`) : undefined;
  const sim = await startSimulator({ ...opts, log });
  process.stdout.write(`listening on ${sim.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sim.close().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`simulator: error while stopping: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`simulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
