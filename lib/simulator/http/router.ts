import type { Route } from "./route";

interface Compiled {
  route: Route;
  segments: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export interface MatchResult {
  /** The route for this method and path, if any. */
  match?: RouteMatch;
  /** A template matched the path (any method): stats name it, a wrong method is still a bare 404. */
  template?: string;
}

const isParam = (s: string) => s.startsWith("{") && s.endsWith("}");

/** Literal segments beat parameters at the first position where two templates differ. */
function moreSpecific(a: Compiled, b: Compiled): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
    const pa = isParam(a.segments[i]);
    const pb = isParam(b.segments[i]);
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => ({ route, segments: route.template.split("/") })).sort(moreSpecific);
  }

  /** Matches a raw path (still percent-encoded). Malformed escapes or empty segments never match. */
  match(method: string, rawPath: string): MatchResult {
    const parts = rawPath.split("/");
    let template: string | undefined;
    for (const c of this.compiled) {
      if (c.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const seg = c.segments[i];
        if (isParam(seg)) {
          if (parts[i] === "") ok = false;
          else {
            try {
              params[seg.slice(1, -1)] = decodeURIComponent(parts[i]);
            } catch {
              ok = false;
            }
          }
        } else ok = seg === parts[i];
      }
      if (!ok) continue;
      template ??= c.route.template;
      if (c.route.method === method) return { match: { route: c.route, params }, template: c.route.template };
    }
    return { template };
  }
}
