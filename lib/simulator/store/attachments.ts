import { bytesContent, FRAMES, framedContent, textContent, type SimContent } from "../data/content";
import { whiteboardPng } from "../data/png";
import { HOSTILE_FILENAMES } from "../data/hostile";
import { rngFor } from "../data/prng";
import { csvText, documentText, TOPICS } from "../data/text";
import type { Ctx } from "./context";
import { messageTime } from "./message-time";
import type { ChatMeta } from "./plan-types";

/** Uploaded files, generated files and artifact versions hanging off chat messages. */

export type FileType = "pdf" | "png" | "xlsx" | "csv" | "zip" | "bin";
/** Default size of the demo's big_file landmark (`bigFileBytes` overrides it), and the most it may be set to. */
export const BIG_FILE_BYTES = 1024 * 1024 * 1024;
export const MAX_BIG_FILE_BYTES = 8 * 1024 * 1024 * 1024;

const MIME: Record<FileType, string> = {
  pdf: "application/pdf",
  png: "image/png",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
  zip: "application/zip",
  bin: "application/octet-stream",
};

export interface FileDesc {
  id: string;
  filename: string;
  type: FileType;
  mimeType: string;
  createdMs: number;
  content: SimContent;
}

function typeOf(filename: string): FileType {
  const ext = filename.split(".").pop()?.toLowerCase() ?? "";
  return ext === "pdf" || ext === "png" || ext === "xlsx" || ext === "csv" || ext === "zip" ? ext : "bin";
}

/**
 * Builds a file of the given type; `key` seeds its bytes (the id, so equal ids mean equal bytes). Binary files are
 * exactly `sizeHint` bytes (the big_file landmark may be any positive size); CSVs get about that many.
 */
export function makeFile(
  ctx: Ctx,
  id: string,
  filename: string,
  type: FileType,
  sizeHint: number,
  createdMs: number,
): FileDesc {
  const key = `${ctx.world.seed}:${id}`;
  const mimeType = MIME[type];
  const generated = (build: () => SimContent) => {
    const made = ctx.generated.get(id) ?? build();
    ctx.generated.set(id, made);
    return made;
  };
  const content =
    type === "csv"
      ? generated(() =>
          textContent(key, csvText(rngFor(key), Math.max(3, Math.floor(sizeHint / 40))), mimeType, ctx.md5),
        )
      : type === "png"
        ? generated(() => bytesContent(key, whiteboardPng(key), mimeType, ctx.md5))
        : framedContent({
            key,
            sizeBytes: sizeHint,
            mimeType,
            ...FRAMES[type === "xlsx" ? "xlsx" : type],
            cache: ctx.md5,
          });
  return { id, filename, type, mimeType, createdMs, content };
}

const NAMES: Record<Exclude<FileType, "zip" | "bin">, (topic: string, n: number) => string> = {
  pdf: (t) => `${t.replace(/^the /, "")} brief.pdf`,
  xlsx: (t) => `${t.replace(/^the /, "")} budget.xlsx`,
  png: (_t, n) => `whiteboard-${n}.png`,
  csv: (_t, n) => `ledger-2026-${String(1 + (n % 12)).padStart(2, "0")}.csv`,
};

const sizeFor = (type: FileType, r: ReturnType<typeof rngFor>): number => {
  if (type === "pdf") return r.chance(0.08) ? r.range(1_000_000, 3_000_000) : r.range(20_000, 400_000);
  if (type === "png") return r.range(5_000, 300_000);
  if (type === "xlsx") return r.range(10_000, 200_000);
  return r.range(1_000, 50_000);
};

/** Files the user uploaded with message j (user turns only). */
export function uploadsOf(ctx: Ctx, meta: ChatMeta, j: number): FileDesc[] {
  if (!meta.hasUploads || j % 2 !== 0 || j >= meta.messageCount) return [];
  const at = messageTime(meta, j);
  const make = (k: number, filename: string, type: FileType, size: number) =>
    makeFile(ctx, ctx.codecs.file.make(meta.g, j * 16 + k), filename, type, size, at);
  if (meta.kind === "big_file") {
    return j === 0
      ? [
          make(0, "Iron Bank ledger archive 2026.zip", "zip", ctx.plan.bigFileBytes ?? BIG_FILE_BYTES),
          make(1, "ledger-index.csv", "csv", 4_000),
        ]
      : [];
  }
  if (meta.kind === "hostile") {
    if (j !== 0) return [];
    return HOSTILE_FILENAMES.map((name, k) => make(k, name, typeOf(name), 2_000 + 500 * k));
  }
  const r = rngFor(ctx.world.seed, "uploads", meta.g, j);
  const count = j === 0 ? r.range(1, 2) : j === 4 && r.chance(0.3) ? 1 : 0;
  const topic = TOPICS[meta.topic];
  return Array.from({ length: count }, (_, k) => {
    const type = r.pick(["pdf", "pdf", "xlsx", "png", "csv"] as const);
    return make(k, NAMES[type](topic, meta.g + k), type, sizeFor(type, r));
  });
}

/** Files an assistant turn produced (code execution output). */
export function generatedOf(ctx: Ctx, meta: ChatMeta, j: number): FileDesc[] {
  const turn = meta.kind === "tool" ? 7 : 3;
  if (!meta.hasGenerated || j !== turn || j >= meta.messageCount) return [];
  const r = rngFor(ctx.world.seed, "generated", meta.g);
  const type = meta.kind === "tool" ? "csv" : r.pick(["csv", "png", "pdf"] as const);
  const filename = type === "csv" ? "analysis.csv" : type === "png" ? "chart.png" : "summary.pdf";
  return [
    makeFile(
      ctx,
      ctx.codecs.gen.make(meta.g, j),
      filename,
      type,
      type === "csv" ? 3_000 : r.range(8_000, 120_000),
      messageTime(meta, j),
    ),
  ];
}

export interface ArtifactDesc {
  id: string;
  versionId: string;
  title: string;
  artifactType: string;
  createdMs: number;
  content: SimContent;
}

const ARTIFACT_TYPES = ["text/markdown", "application/vnd.ant.code", "text/html"] as const;

/** Assistant turns 1, 3 and 5 revise one artifact: same id, a new version id each time. */
export function artifactOf(ctx: Ctx, meta: ChatMeta, j: number): ArtifactDesc | undefined {
  if (!meta.hasArtifact || j % 2 !== 1 || j > 5 || j >= meta.messageCount) return undefined;
  const r = rngFor(ctx.world.seed, "artifact", meta.g);
  const artifactType = meta.kind === "hostile" ? "text/html" : r.pick(ARTIFACT_TYPES);
  const topic = TOPICS[meta.topic];
  const title =
    meta.kind === "hostile" ? "<script>alert('artifact')</script> Report" : `${topic.replace(/^the /, "")} plan`;
  const revision = (j - 1) / 2 + 1;
  const versionId = ctx.codecs.artifactVersion.make(meta.g, j);
  const body = artifactText(
    artifactType,
    title,
    topic,
    revision,
    rngFor(ctx.world.seed, "artifact-text", meta.g, j),
    meta.kind === "hostile",
  );
  return {
    id: ctx.codecs.artifact.make(meta.g),
    versionId,
    title,
    artifactType,
    createdMs: messageTime(meta, j),
    content: textContent(
      `${ctx.world.seed}:${versionId}`,
      body,
      artifactType === "text/html" ? "text/html" : "text/plain",
      ctx.md5,
    ),
  };
}

function artifactText(
  type: string,
  title: string,
  topic: string,
  revision: number,
  r: ReturnType<typeof rngFor>,
  hostile: boolean,
): string {
  if (type === "application/vnd.ant.code") {
    return (
      `// ${title} — revision ${revision}\nexport const ITEMS = ${JSON.stringify(["grain", "steel", "wine"].slice(0, revision))};\n` +
      `\nexport function total(rows: { amount: number }[]): number {\n` +
      `  return rows.reduce((sum, r) => sum + r.amount, 0) * ${revision};\n` +
      `}\n`
    );
  }
  if (type === "text/html") {
    const evil = hostile ? `<script>alert(document.domain)</script><img src=x onerror=alert(1)>` : "";
    return (
      `<!doctype html>\n<html><head><title>${hostile ? title : escapeHtml(title)}</title></head>\n` +
      `<body><h1>Revision ${revision}</h1>${evil}<p>${escapeHtml(documentText(r, topic, 1))}</p></body></html>\n`
    );
  }
  return `# ${title}\n\n_Revision ${revision}_\n\n${documentText(r, topic, revision + 1)}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
