import type { MessageBlockDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { Marked } from "./find-marks";
import type { SegmentMarks } from "./find-text";
import { LongText } from "./long-text";
import { useOpenOnMatch } from "./use-open-on-match";

type ToolUse = Extract<MessageBlockDto, { type: "tool_use" }>;
type ToolResult = Extract<MessageBlockDto, { type: "tool_result" }>;
type Unknown = Extract<MessageBlockDto, { type: "unknown" }>;

const PRE =
  "max-h-96 overflow-auto rounded-md bg-surface-2 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-words text-fg";

/** Find marks of a message by segment key (see messageSegments), null when find is off or found nothing here. */
type Marks = ReadonlyMap<string, SegmentMarks> | null;
type BlockProps<B> = { block: B; marks: Marks; prefix: string };

/** One content block; tool traffic is collapsed by default so the conversation reads first. */
export function Block({ block, marks, prefix }: BlockProps<MessageBlockDto>) {
  if (block.type === "text")
    return <LongText text={block.text} truncated={block.truncated} marks={marks?.get(prefix)} />;
  if (block.type === "tool_use") return <ToolUseBlock block={block} marks={marks} prefix={prefix} />;
  if (block.type === "tool_result") return <ToolResultBlock block={block} marks={marks} prefix={prefix} />;
  return <UnknownBlock block={block} marks={marks} prefix={prefix} />;
}

function ToolUseBlock({ block, marks, prefix }: BlockProps<ToolUse>) {
  const m = (part: string) => marks?.get(`${prefix}.${part}`);
  const details = useOpenOnMatch(m("input"));
  return (
    <details className="group rounded-lg border border-line bg-surface" data-testid="tool-use" {...details}>
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-sm">
        <Badge tone="accent">Tool call</Badge>
        <span className="font-mono font-medium text-fg">
          <Marked text={block.name} marks={m("name")} />
        </span>
        {block.integrationName ? (
          <Badge>
            <Marked text={block.integrationName} marks={m("integration")} />
          </Badge>
        ) : null}
        {block.mcpServerUrl ? (
          <Badge mono>
            MCP <Marked text={block.mcpServerUrl} marks={m("mcp")} />
          </Badge>
        ) : null}
        {block.truncated ? <Badge tone="warning">input truncated</Badge> : null}
        {!block.inputIsValidJson && !block.truncated ? <Badge tone="warning">not JSON</Badge> : null}
      </summary>
      <div className="space-y-1 border-t border-line px-3 py-2">
        {block.id ? <p className="font-mono text-xs text-subtle">{block.id}</p> : null}
        <pre className={PRE}>
          <Marked text={block.input} marks={m("input")} />
        </pre>
      </div>
    </details>
  );
}

function ToolResultBlock({ block, marks, prefix }: BlockProps<ToolResult>) {
  const m = (part: string) => marks?.get(`${prefix}.${part}`);
  const details = useOpenOnMatch(...block.content.map((_, i) => m(`c${i}`)));
  const border = block.isError ? "border-danger-line bg-danger-soft" : "border-line bg-surface";
  return (
    <details className={`rounded-lg border ${border}`} data-testid="tool-result" {...details}>
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-sm">
        <Badge tone={block.isError ? "danger" : "success"}>{block.isError ? "Tool error" : "Tool result"}</Badge>
        {block.name ? (
          <span className="font-mono font-medium text-fg">
            <Marked text={block.name} marks={m("name")} />
          </span>
        ) : null}
        {block.integrationName ? (
          <Badge>
            <Marked text={block.integrationName} marks={m("integration")} />
          </Badge>
        ) : null}
        {block.mcpServerUrl ? (
          <Badge mono>
            MCP <Marked text={block.mcpServerUrl} marks={m("mcp")} />
          </Badge>
        ) : null}
        {block.truncated ? <Badge tone="warning">truncated</Badge> : null}
      </summary>
      <div className="space-y-2 border-t border-line px-3 py-2">
        {block.toolUseId ? <p className="font-mono text-xs text-subtle">for {block.toolUseId}</p> : null}
        {block.content.map((c, i) => (
          <pre key={i} className={PRE}>
            <Marked text={c.text} marks={m(`c${i}`)} />
          </pre>
        ))}
        {block.otherContent.length ? <pre className={PRE}>{JSON.stringify(block.otherContent, null, 2)}</pre> : null}
        {block.content.length === 0 && block.otherContent.length === 0 ? (
          <p className="text-sm text-muted">Empty result.</p>
        ) : null}
      </div>
    </details>
  );
}

function UnknownBlock({ block, marks, prefix }: BlockProps<Unknown>) {
  return (
    <details className="rounded-lg border border-dashed border-line-strong">
      <summary className="cursor-pointer px-3 py-2 text-sm text-muted">
        Block of a type this console does not know:{" "}
        <span className="font-mono">
          <Marked text={block.blockType} marks={marks?.get(`${prefix}.type`)} />
        </span>
      </summary>
      <pre className={`${PRE} m-3 mt-0`}>{JSON.stringify(block.raw, null, 2)}</pre>
    </details>
  );
}
