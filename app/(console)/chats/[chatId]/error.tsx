"use client";

import { RouteError, type RouteErrorProps } from "@/components/shell/route-error";

export default function ChatError(props: RouteErrorProps) {
  return <RouteError {...props} title="This transcript failed to load" />;
}
