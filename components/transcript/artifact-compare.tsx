"use client";

import { useId, useState } from "react";
import type { ArtifactRefDto } from "@/lib/schemas/investigate";
import { ArtifactText } from "./attachments";

export type ArtifactHistory = { id: string; title: string | null; versions: ArtifactRefDto[] };

/** Groups the artifact versions seen in the loaded messages by artifact, oldest version first. */
export function artifactHistories(refs: readonly ArtifactRefDto[]): ArtifactHistory[] {
  const byId = new Map<string, ArtifactHistory>();
  for (const ref of refs) {
    const h = byId.get(ref.id) ?? { id: ref.id, title: ref.title, versions: [] };
    if (!h.versions.some((v) => v.versionId === ref.versionId)) h.versions.push(ref);
    h.title = ref.title ?? h.title;
    byId.set(ref.id, h);
  }
  return [...byId.values()];
}

/** Two versions of one artifact side by side. */
export function ArtifactCompare({ histories }: { histories: ArtifactHistory[] }) {
  const id = useId();
  const multi = histories.filter((h) => h.versions.length > 1);
  const [artifactId, setArtifactId] = useState(multi[0]?.id ?? "");
  const current = multi.find((h) => h.id === artifactId) ?? multi[0];
  const [left, setLeft] = useState(0);
  const [right, setRight] = useState(1);
  if (!current) return null;
  const pick = (i: number) => current.versions[Math.min(i, current.versions.length - 1)];
  const select = (label: string, value: number, onChange: (n: number) => void) => (
    <label className="flex items-center gap-2 text-sm text-muted">
      {label}
      <select
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="h-8 rounded-lg border border-line-strong bg-surface px-2 text-fg"
      >
        {current.versions.map((v, i) => (
          <option key={v.versionId} value={i}>
            v{i + 1} · {v.versionId}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <details className="rounded-xl border border-line bg-surface shadow-card" data-testid="artifact-compare">
      <summary className="cursor-pointer px-5 py-3 text-sm font-semibold text-fg">
        Compare artifact versions ({multi.length})
      </summary>
      <div className="space-y-3 border-t border-line px-5 py-4">
        <label htmlFor={id} className="flex items-center gap-2 text-sm text-muted">
          Artifact
          <select
            id={id}
            value={current.id}
            onChange={(e) => setArtifactId(e.target.value)}
            className="h-8 rounded-lg border border-line-strong bg-surface px-2 text-fg"
          >
            {multi.map((h) => (
              <option key={h.id} value={h.id}>
                {h.title ?? h.id} ({h.versions.length} versions)
              </option>
            ))}
          </select>
        </label>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="min-w-0 space-y-2">
            {select("Left", left, setLeft)}
            <ArtifactText versionId={pick(left).versionId} />
          </div>
          <div className="min-w-0 space-y-2">
            {select("Right", right, setRight)}
            <ArtifactText versionId={pick(right).versionId} />
          </div>
        </div>
      </div>
    </details>
  );
}
