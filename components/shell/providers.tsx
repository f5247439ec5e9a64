"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type * as React from "react";
import { useEffect } from "react";
import { getQueryClient } from "@/lib/query/query-client";

export interface ProvidersProps {
  children: React.ReactNode;
  /** CSP nonce for the theme script that prevents a flash of the wrong theme. */
  nonce?: string;
}

export function Providers({ children, nonce }: ProvidersProps) {
  const queryClient = getQueryClient();
  // Marks the moment the server-rendered page became interactive (tests and monitoring wait for it
  // instead of racing a click against hydration).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      <QueryClientProvider client={queryClient}>
        <NuqsAdapter>{children}</NuqsAdapter>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
