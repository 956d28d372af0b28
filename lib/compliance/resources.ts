import "server-only";
import { download } from "./downloads/download";
import { downloadVerified } from "./downloads/download-verified";
import * as activities from "./endpoints/activities";
import * as chats from "./endpoints/chats";
import * as code from "./endpoints/code-artifacts";
import * as content from "./endpoints/content";
import type { EndpointContext } from "./endpoints/context";
import * as groups from "./endpoints/groups";
import * as orgs from "./endpoints/organizations";
import * as projects from "./endpoints/projects";
import * as sessions from "./endpoints/sessions";

type Tail<F> = F extends (ctx: EndpointContext, ...rest: infer A) => infer R ? (...args: A) => R : never;

/** Binds an endpoint function to the client's context (a typed partial application). */
function bind<F extends (ctx: EndpointContext, ...rest: never[]) => unknown>(ctx: EndpointContext, fn: F): Tail<F> {
  return ((...args: never[]) => fn(ctx, ...args)) as Tail<F>;
}

/** The client's namespaced surface: one binding per endpoint (catalogue ids from §4 in comments). */
export function buildResources(ctx: EndpointContext) {
  return {
    activities: {
      /** A1 */ list: bind(ctx, activities.listActivities),
      iterate: bind(ctx, activities.iterateActivities),
    },
    organizations: {
      /** O1 */ list: bind(ctx, orgs.listOrganizations),
      iterate: bind(ctx, orgs.iterateOrganizations),
      /** O2 */ listUsers: bind(ctx, orgs.listUsers),
      iterateUsers: bind(ctx, orgs.iterateUsers),
      /** O3 */ listRoles: bind(ctx, orgs.listRoles),
      iterateRoles: bind(ctx, orgs.iterateRoles),
      /** O4 */ getRole: bind(ctx, orgs.getRole),
      /** O5 */ listRolePermissions: bind(ctx, orgs.listRolePermissions),
      iterateRolePermissions: bind(ctx, orgs.iterateRolePermissions),
      /** O6 */ getSettings: bind(ctx, orgs.getOrganizationSettings),
    },
    groups: {
      /** G1 */ list: bind(ctx, groups.listGroups),
      iterate: bind(ctx, groups.iterateGroups),
      /** G2 */ get: bind(ctx, groups.getGroup),
      /** G3 */ listMembers: bind(ctx, groups.listGroupMembers),
      iterateMembers: bind(ctx, groups.iterateGroupMembers),
    },
    chats: {
      /** C1 */ list: bind(ctx, chats.listChats),
      iterate: bind(ctx, chats.iterateChats),
      /** C2 */ getMessages: bind(ctx, chats.getChatMessages),
      iterateMessages: bind(ctx, chats.iterateChatMessages),
      /** C3 */ delete: bind(ctx, chats.deleteChat),
    },
    files: { /** F1 */ get: bind(ctx, content.getFile), /** F3 */ delete: bind(ctx, content.deleteFile) },
    generatedFiles: { /** GF1 */ get: bind(ctx, content.getGeneratedFile) },
    artifacts: { /** AR1 */ getVersion: bind(ctx, content.getArtifactVersion) },
    projects: {
      /** P1 */ list: bind(ctx, projects.listProjects),
      iterate: bind(ctx, projects.iterateProjects),
      /** P2 */ get: bind(ctx, projects.getProject),
      /** P3 */ delete: bind(ctx, projects.deleteProject),
      /** P4 */ listAttachments: bind(ctx, projects.listProjectAttachments),
      iterateAttachments: bind(ctx, projects.iterateProjectAttachments),
      /** P5 */ listCollaborators: bind(ctx, projects.listProjectCollaborators),
      iterateCollaborators: bind(ctx, projects.iterateProjectCollaborators),
    },
    documents: {
      /** D1 */ get: bind(ctx, content.getDocument),
      /** D2 */ getMetadata: bind(ctx, content.getDocumentMetadata),
      /** D3 */ delete: bind(ctx, content.deleteDocument),
    },
    localSessions: {
      /** LS1 */ list: bind(ctx, sessions.listLocalSessions),
      iterate: bind(ctx, sessions.iterateLocalSessions),
      /** LS2 */ get: bind(ctx, sessions.getLocalSession),
      /** LS3 */ listMessages: bind(ctx, sessions.listLocalSessionMessages),
      iterateMessages: bind(ctx, sessions.iterateLocalSessionMessages),
    },
    remoteSessions: {
      /** RS1 */ list: bind(ctx, sessions.listRemoteSessions),
      iterate: bind(ctx, sessions.iterateRemoteSessions),
      /** RS2 */ listMessages: bind(ctx, sessions.listRemoteSessionMessages),
      iterateMessages: bind(ctx, sessions.iterateRemoteSessionMessages),
    },
    codeArtifacts: {
      /** CA1 */ list: bind(ctx, code.listCodeArtifacts),
      iterate: bind(ctx, code.iterateCodeArtifacts),
      /** CA3 */ delete: bind(ctx, code.deleteCodeArtifact),
    },
    /** F2, GF2, AR2, D1 (as a stream), CA2: verified streaming download. */
    download: bind(ctx, download),
    /** Whole-download retries into a fresh sink per attempt until the bytes verify. */
    downloadVerified: bind(ctx, downloadVerified),
  };
}
