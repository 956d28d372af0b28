import { notFound } from "../errors";
import { limitParam, timeRange as timeParams } from "../query/spec";
import { json, text, type Route } from "../route";
import { contentReply } from "./content";
import { allOf, bounds, fieldTimeMatcher, liveness, orgMatcher, pageBody, pageTokenList } from "./shared";

const BASE = "/v1/compliance/apps/code/artifacts";

export const codeArtifactRoutes: Route[] = [
  {
    id: "CA1",
    method: "GET",
    template: BASE,
    scope: "read:compliance_user_data",
    query: {
      "organization_ids[]": { kind: "list", maxItems: 500 },
      "user_ids[]": { kind: "list", maxItems: 200 },
      ...timeParams("updated_at"),
      limit: limitParam(100),
      page: { kind: "string" },
    },
    handle: (ctx) => {
      const store = ctx.env.store;
      const owners = new Set(ctx.query.list("user_ids[]"));
      const page = pageTokenList(ctx, {
        endpoint: "CA1",
        colls: [store.codeArtifacts()],
        accept: allOf(
          liveness(ctx.env, (id) => store.codeArtifact(id) !== undefined),
          orgMatcher(ctx.query.list("organization_ids[]")),
          (r) => owners.size === 0 || owners.has(text(r, "owner_user_id") ?? ""),
          // Artifacts without updated_at never match an updated_at filter (reference §5.18).
          fieldTimeMatcher("updated_at", bounds(ctx.query, "updated_at")),
        ),
        defaultLimit: 20,
        shape: "code-artifacts",
      });
      return json(pageBody(page));
    },
  },
  {
    id: "CA2",
    method: "GET",
    template: `${BASE}/{artifact_id}/versions/{version_id}`,
    scope: "read:compliance_user_data",
    query: {},
    handle: (ctx) => {
      const { artifact_id: artifactId, version_id: versionId } = ctx.params;
      const artifact = ctx.env.store.codeArtifact(artifactId);
      const source = artifact ? ctx.env.store.codeArtifactVersionContent(artifactId, versionId) : undefined;
      if (!artifact || !source) throw notFound(`Code artifact version not found: '${versionId}'`);
      return contentReply(artifact, source, { md5: true });
    },
  },
];
