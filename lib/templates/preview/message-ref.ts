/**
 * An i18n message reference: a full next-intl key (namespace included, e.g.
 * `preview.seeAllOptions`, `status.label.APPROVED`) and the ICU params it needs. The pure model
 * and helpers return these instead of sentences; components translate them.
 */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}
