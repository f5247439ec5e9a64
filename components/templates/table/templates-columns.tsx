"use client";

import type { ReactNode } from "react";
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

export interface TemplateColumn {
  /** Also the column's label key (`templates.columns.<id>`) and, where sortable, its sort field. */
  id: string;
  sortable: boolean;
  /** Offered in the column menu (the name never is; the account column only in several-account views). */
  hideable: boolean;
  cell: (item: TemplateListItem) => ReactNode;
}

/** Column ids double as sort fields where sorting is enabled (see SORT_FIELDS). */
export const templateColumns: readonly TemplateColumn[] = [
  { id: "name", sortable: true, hideable: false, cell: (item) => <NameCell item={item} /> },
  { id: "language", sortable: true, hideable: true, cell: (item) => <LanguageCell code={item.language} /> },
  { id: "category", sortable: true, hideable: true, cell: (item) => <CategoryCell item={item} /> },
  { id: "status", sortable: true, hideable: true, cell: (item) => <StatusCell item={item} /> },
  { id: "quality", sortable: true, hideable: true, cell: (item) => <QualityCell item={item} /> },
  {
    id: "lastChange",
    sortable: true,
    hideable: true,
    cell: (item) => <LastChangeCell change={item.lastChange ?? null} />,
  },
  {
    id: "rejectedReason",
    sortable: false,
    hideable: true,
    cell: (item) => <RejectedReasonCell reason={item.rejectedReason} />,
  },
  {
    id: "header",
    sortable: false,
    hideable: true,
    cell: (item) => <HeaderFormatCell format={item.headerFormat} />,
  },
  { id: "buttons", sortable: false, hideable: true, cell: (item) => <ButtonsCell item={item} /> },
  { id: "account", sortable: true, hideable: true, cell: (item) => <AccountCell id={item.account} /> },
  { id: "id", sortable: true, hideable: true, cell: (item) => <IdCell id={item.id} /> },
];
