"use client";

import { RouteError, type RouteErrorProps } from "@/components/shell/route-error";

export default function ProjectsError(props: RouteErrorProps) {
  return <RouteError {...props} title="This page failed to load" />;
}
