import {
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";

// Only what the table uses. No row-model slots: the server filters, sorts and paginates the
// whole catalog (a client-side model would only ever see one page).
export const templatesTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
});
export type TemplatesTableFeatures = typeof templatesTableFeatures;
