"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { useShareFormat } from "./use-share-format";

export interface DistributionItem {
  value: string;
  label: string;
  count: number;
  color: string;
  /** The templates table filtered to this value. */
  href: string;
}

export interface DistributionCardProps {
  /** "status" | "quality" | "category": names test ids (`distribution-<kind>-<value>`). */
  kind: string;
  title: string;
  description: string;
  items: DistributionItem[];
  total: number;
}

const SIZE = 116;

// recharts (~100 kB gzip) is loaded after the page, only for the eye: the donut is aria-hidden and
// sits in a box of fixed size, so nothing moves when it arrives; the legend table is server-rendered.
const DistributionDonut = dynamic(() => import("./distribution-donut").then((m) => m.DistributionDonut), {
  ssr: false,
});

/**
 * A donut for one distribution, and beside it the legend as a table: swatch, label (a link to the
 * filtered table), count and share. The donut repeats the table for the eye (hidden from assistive
 * tech, segments clickable with a mouse); the table is what keyboard and screen-reader users use.
 */
export function DistributionCard({ kind, title, description, items, total }: DistributionCardProps) {
  const t = useTranslations("overview.charts");
  const format = useFormatter();
  const share = useShareFormat();
  const router = useRouter();
  const headingId = useId();
  // Only what the donut needs: recharts copies data fields onto the <path> elements.
  const shown = items.filter((i) => i.count > 0);
  const data = shown.map((i) => ({ label: i.label, count: i.count, fill: i.color }));
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-card p-4"
      data-testid={`distribution-${kind}`}
    >
      <div>
        <h3 id={headingId} className="text-sm font-semibold">
          {title}
        </h3>
        <p className="text-xs text-muted-foreground">{description}</p>
      </div>
      {total === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noData")}</p>
      ) : (
        <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start">
          <div aria-hidden className="relative shrink-0" style={{ width: SIZE, height: SIZE }}>
            <DistributionDonut
              data={data}
              size={SIZE}
              onSelect={(index) => {
                const href = shown[index]?.href;
                if (href) router.push(href);
              }}
            />
            <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
              <span className="text-lg font-semibold tabular-nums leading-none">{format.number(total)}</span>
              <span className="mt-1 text-[11px] text-muted-foreground">{t("templatesShort")}</span>
            </div>
          </div>
          <table className="w-full min-w-0 table-fixed text-[13px]">
            <caption className="sr-only">{t("caption", { title, total })}</caption>
            <colgroup>
              <col />
              <col className="w-14" />
              <col className="w-11" />
            </colgroup>
            <thead className="sr-only">
              <tr>
                <th scope="col">{title}</th>
                <th scope="col">{t("count")}</th>
                <th scope="col">{t("share")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  key={item.value}
                  className="border-b border-border/60 last:border-0"
                  data-testid={`distribution-${kind}-${item.value}`}
                  data-count={item.count}
                >
                  <th scope="row" className="py-1 pe-2 text-start font-normal">
                    <Link
                      href={item.href}
                      className="group inline-flex min-h-6 max-w-full items-center gap-2 rounded-sm hover:underline"
                    >
                      <span
                        aria-hidden
                        className="size-2.5 shrink-0 rounded-[3px]"
                        style={{ background: item.color }}
                      />
                      <span className="min-w-0 truncate" title={item.label}>
                        {item.label}
                      </span>
                    </Link>
                  </th>
                  <td className="py-1 pe-2 text-end tabular-nums">{format.number(item.count)}</td>
                  <td className="py-1 text-end text-xs tabular-nums text-muted-foreground">
                    {share(total > 0 ? item.count / total : null)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
