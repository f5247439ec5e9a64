/**
 * What a diagnostic is (its id, attributes and shape), apart from the checks that produce one
 * (`diagnostics.ts`). The table's status labels need the rejection guidance, which names the
 * format diagnostics; importing the checks for that would ship them (and the preview model they
 * use) with the table's first load.
 */

export type DiagnosticSeverity = "error" | "warning" | "info";

export type DiagnosticComponent =
  | "TEMPLATE"
  | "HEADER"
  | "BODY"
  | "FOOTER"
  | "BUTTONS"
  | "CAROUSEL"
  | "LIMITED_TIME_OFFER";

/** What a diagnostic is about; `notPreviewable` is a shape the console cannot read, not a rule. */
export type DiagnosticGroup = "variables" | "media" | "lengths" | "structure" | "notPreviewable";

export interface DiagnosticKind {
  group: DiagnosticGroup;
  /**
   * A documented format rule: one of the causes of Meta's INVALID_FORMAT rejection, so the
   * rejection guidance offers it as a likely cause.
   */
  format: boolean;
}

/** Every diagnostic the checks can produce, with its attributes, in display order. */
export const DIAGNOSTIC_KINDS = {
  danglingVariable: { group: "variables", format: true },
  adjacentVariables: { group: "variables", format: true },
  nonSequentialVariables: { group: "variables", format: true },
  mixedParameterFormats: { group: "variables", format: true },
  parameterFormatMismatch: { group: "variables", format: true },
  invalidParameterName: { group: "variables", format: true },
  headerTooManyVariables: { group: "variables", format: true },
  tooManyVariables: { group: "variables", format: true },
  missingExample: { group: "variables", format: true },
  specialCharactersInExample: { group: "variables", format: true },
  missingHeaderMedia: { group: "media", format: true },
  headerTooLong: { group: "lengths", format: true },
  bodyTooLong: { group: "lengths", format: true },
  footerTooLong: { group: "lengths", format: true },
  buttonLabelTooLong: { group: "lengths", format: true },
  urlTooLong: { group: "lengths", format: true },
  phoneNumberTooLong: { group: "lengths", format: true },
  copyCodeTooLong: { group: "lengths", format: true },
  offerTextTooLong: { group: "lengths", format: true },
  cardBodyTooLong: { group: "lengths", format: true },
  missingBody: { group: "structure", format: true },
  duplicateComponent: { group: "structure", format: true },
  tooManyButtons: { group: "structure", format: true },
  tooManyUrlButtons: { group: "structure", format: true },
  tooManyPhoneButtons: { group: "structure", format: true },
  tooManyCopyCodeButtons: { group: "structure", format: true },
  quickRepliesNotGrouped: { group: "structure", format: true },
  buttonLabelMissing: { group: "structure", format: true },
  urlVariableNotAtEnd: { group: "structure", format: true },
  urlTooManyVariables: { group: "structure", format: true },
  unsafeButtonUrl: { group: "structure", format: true },
  footerInLimitedTimeOffer: { group: "structure", format: true },
  carouselCardCount: { group: "structure", format: true },
  carouselCardsMismatch: { group: "structure", format: true },
  tooManyCardButtons: { group: "structure", format: true },
  codeExpirationOutOfRange: { group: "structure", format: true },
  unknownComponent: { group: "notPreviewable", format: false },
  unknownButtonType: { group: "notPreviewable", format: false },
} as const satisfies Record<string, DiagnosticKind>;

export type DiagnosticId = keyof typeof DIAGNOSTIC_KINDS;
export const DIAGNOSTIC_IDS = Object.keys(DIAGNOSTIC_KINDS) as readonly DiagnosticId[];

/** The checks that correspond to Meta's INVALID_FORMAT causes (derived from their attributes). */
export const FORMAT_DIAGNOSTICS: readonly DiagnosticId[] = DIAGNOSTIC_IDS.filter(
  (id) => DIAGNOSTIC_KINDS[id].format,
);

export interface Diagnostic {
  id: DiagnosticId;
  severity: DiagnosticSeverity;
  component: DiagnosticComponent;
  /** 0-based index into the component's buttons (top-level or the card's). */
  buttonIndex?: number;
  /** 0-based carousel card index. */
  cardIndex?: number;
  /**
   * ICU params for `diagnostics.<id>`. When `buttonIndex`/`cardIndex` are set, `button`/`card`
   * carry the same position 1-based, for messages that name it.
   */
  params: Record<string, string | number>;
}

export function diagnosticMessageKey(diagnostic: Pick<Diagnostic, "id">): string {
  return `diagnostics.${diagnostic.id}`;
}
