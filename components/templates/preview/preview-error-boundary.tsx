"use client";

import { Component, type ReactNode } from "react";

export interface PreviewErrorBoundaryProps {
  children: ReactNode;
  fallback: ReactNode;
}

/**
 * Keeps a template the preview cannot draw from taking the drawer down: the details and raw JSON
 * stay usable and the fallback explains. Remount (key) it to try again with other data.
 */
export class PreviewErrorBoundary extends Component<PreviewErrorBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error("Template preview failed", error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
