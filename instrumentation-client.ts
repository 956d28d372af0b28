import { z } from "zod";

/**
 * Runs in the browser before any of the console's own code (Next's client instrumentation hook), so before any
 * schema is built. zod 4 compiles object parsers with `new Function` unless told not to, and probes for it when the
 * first object schema is created: our CSP allows no eval, so the probe was refused and reported as a violation on
 * every page (issue 10 §8). Jitless parsing is slower per object, which the few DTOs the browser parses never feel.
 */
z.config({ jitless: true });
