"use client";

import { createColumnHelper } from "@tanstack/react-table";
import type { TemplateListItem } from "@/lib/templates/list-contract";
import { LastChangeCell } from "./last-change-cell";
import {
  AccountCell,
  ButtonsCell,
  CategoryCell,
  HeaderFormatCell,
  IdCell,
  LanguageCell,
  NameCell,
  QualityCell,
  RejectedReasonCell,
  StatusCell,
} from "./template-cells";
import type { TemplatesTableFeatures } from "./templates-table-features";

const column = createColumnHelper<TemplatesTableFeatures, TemplateListItem>();

/** Column ids double as sort fields where sorting is enabled (see SORT_FIELDS). */
export const templateColumns = column.columns([
  column.accessor("name", {
    id: "name",
    header: "name",
    cell: (c) => <NameCell item={c.row.original} />,
    enableHiding: false,
  }),
  column.accessor("language", {
    id: "language",
    header: "language",
    cell: (c) => <LanguageCell code={c.getValue()} />,
  }),
  column.accessor("category", {
    id: "category",
    header: "category",
    cell: (c) => <CategoryCell item={c.row.original} />,
  }),
  column.accessor("status", {
    id: "status",
    header: "status",
    cell: (c) => <StatusCell item={c.row.original} />,
  }),
  column.accessor("quality", {
    id: "quality",
    header: "quality",
    cell: (c) => <QualityCell item={c.row.original} />,
  }),
  column.accessor((item) => item.lastChange ?? null, {
    id: "lastChange",
    header: "lastChange",
    cell: (c) => <LastChangeCell change={c.getValue()} />,
  }),
  column.accessor("rejectedReason", {
    id: "rejectedReason",
    header: "rejectedReason",
    enableSorting: false,
    cell: (c) => <RejectedReasonCell reason={c.getValue()} />,
  }),
  column.accessor("headerFormat", {
    id: "header",
    header: "header",
    enableSorting: false,
    cell: (c) => <HeaderFormatCell format={c.getValue()} />,
  }),
  column.accessor("buttons", {
    id: "buttons",
    header: "buttons",
    enableSorting: false,
    cell: (c) => <ButtonsCell item={c.row.original} />,
  }),
  column.accessor("account", {
    id: "account",
    header: "account",
    cell: (c) => <AccountCell id={c.getValue()} />,
  }),
  column.accessor("id", { id: "id", header: "id", cell: (c) => <IdCell id={c.getValue()} /> }),
]);
