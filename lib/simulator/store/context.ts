import type { Md5Cache, SimContent } from "../data/content";
import { idCodec, type IdCodec } from "../data/ids";
import type { Directory } from "./directory";
import type { ChatPlan, ProjectMeta } from "./plan-types";
import type { World } from "./world";

/** Id codecs per record kind; the kind is mixed into the check so ids never cross kinds. */
export interface Codecs {
  chat: IdCodec;
  msg: IdCodec;
  file: IdCodec;
  projectFile: IdCodec;
  gen: IdCodec;
  artifact: IdCodec;
  artifactVersion: IdCodec;
  project: IdCodec;
  doc: IdCodec;
  local: IdCodec;
  localMsg: IdCodec;
  remote: IdCodec;
  remoteMsg: IdCodec;
  codeArtifact: IdCodec;
  codeVersion: IdCodec;
}

export function makeCodecs(seed: number): Codecs {
  return {
    chat: idCodec(seed, "claude_chat_", "chat"),
    msg: idCodec(seed, "claude_chat_msg_", "msg"),
    file: idCodec(seed, "claude_file_", "file"),
    projectFile: idCodec(seed, "claude_file_", "pfile"),
    gen: idCodec(seed, "claude_gen_file_", "gen"),
    artifact: idCodec(seed, "claude_artifact_", "art"),
    artifactVersion: idCodec(seed, "claude_artifact_version_", "artv"),
    project: idCodec(seed, "claude_proj_", "proj"),
    doc: idCodec(seed, "claude_proj_doc_", "doc"),
    local: idCodec(seed, "clls_", "ls"),
    localMsg: idCodec(seed, "clsm_", "lsm"),
    remote: idCodec(seed, "cse_", "rs"),
    remoteMsg: idCodec(seed, "csev_", "rsm"),
    codeArtifact: idCodec(seed, "cart_", "cart"),
    codeVersion: idCodec(seed, "cartver_", "cartv"),
  };
}

/** Hard deletions: an overlay of removed ids on top of the generated data. */
export interface Deletions {
  chats: Set<number>;
  /** File ids (chat uploads and project files). */
  files: Set<string>;
  projects: Set<number>;
  docs: Set<string>;
  codeArtifacts: Set<number>;
}

/** Everything record builders need. */
export interface Ctx {
  world: World;
  dir: Directory;
  codecs: Codecs;
  plan: ChatPlan;
  projects: ProjectMeta[];
  md5: Md5Cache;
  /** Generated CSV and PNG uploads by id: their size is only known once the bytes exist, so build them once. */
  generated: Map<string, SimContent>;
  deleted: Deletions;
}
