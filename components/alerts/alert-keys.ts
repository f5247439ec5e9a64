/** TanStack Query keys of the alerts page. */
export const alertKeys = {
  rules: ["alerts", "rules"] as const,
  deliveries: (rule: string, status: string) => ["alerts", "deliveries", rule, status] as const,
  preview: (draft: unknown) => ["alerts", "preview", draft] as const,
};
