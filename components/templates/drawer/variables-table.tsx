"use client";

import { useTranslations } from "next-intl";
import { useMessage } from "@/components/templates/use-message";
import type { PreviewVariable } from "@/lib/templates/preview/model";
import { placeholderText, variablePlace } from "@/lib/templates/preview/presentation";

/** Every variable with its example value (or "No example value") and where it appears. */
export function VariablesTable({ variables }: { variables: readonly PreviewVariable[] }) {
  const t = useTranslations("preview");
  const m = useMessage();
  if (variables.length === 0) return null;
  return (
    <section aria-labelledby="drawer-variables" data-testid="variables">
      <h3 id="drawer-variables" className="text-sm font-semibold">
        {t("variables.title")}
      </h3>
      <div className="mt-2 overflow-x-auto rounded-md border border-border">
        <table className="w-full text-left text-sm">
          <thead className="bg-muted text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="px-3 py-1.5 font-medium">
                {t("variables.name")}
              </th>
              <th scope="col" className="px-3 py-1.5 font-medium">
                {t("variables.value")}
              </th>
              <th scope="col" className="px-3 py-1.5 font-medium">
                {t("variables.where")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {variables.map((v) => (
              <tr key={`${v.component}|${v.cardIndex ?? ""}|${v.buttonIndex ?? ""}|${v.name}`}>
                <td className="px-3 py-1.5 font-mono text-xs whitespace-nowrap">{placeholderText(v.name)}</td>
                <td className="px-3 py-1.5 break-words">
                  {v.value === null ? (
                    <span className="text-warning">{t("missingExample")}</span>
                  ) : (
                    <span className="whitespace-pre-wrap">{v.value}</span>
                  )}
                </td>
                <td className="px-3 py-1.5 text-xs text-muted-foreground">
                  {variablePlace(v)
                    .map((ref) => m(ref))
                    .join(" · ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
