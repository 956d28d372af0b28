"use client";

import { RouteError, type RouteErrorProps } from "@/components/shell/route-error";

export default function InvestigateError(props: RouteErrorProps) {
  return <RouteError {...props} title="The investigation workspace failed to load" />;
}
