/** The colour families of the console's badges and charts (theme tokens of the same names). */
export type Tone = "success" | "warning" | "danger" | "neutral" | "info";
