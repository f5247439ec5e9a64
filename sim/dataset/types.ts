import type { TemplateInput } from "../../lib/nxcloud/schemas";

/** One NxCloud application + WhatsApp number, with the templates bound to it. */
export interface SimAccount {
  /** Short stable id (`acme`, `globex`, `initech`, or from the data file). */
  id: string;
  label: string;
  appkey: string;
  /** Digits only, with country code. */
  business_phone: string;
  /** Meta WhatsApp Business Account id, used only in the Graph-like paging URLs. */
  waba_id: string;
  /** Listing order (generated data: id descending, like Meta; data files: file order). */
  templates: TemplateInput[];
}

export interface SimDataset {
  /** The seed that generated it, or null when loaded from NXCLOUD_SIM_DATA. */
  seed: number | null;
  source: "generated" | "file";
  accounts: SimAccount[];
}

export type Component = NonNullable<TemplateInput["components"]>[number];
export type Button = NonNullable<Component["buttons"]>[number];
