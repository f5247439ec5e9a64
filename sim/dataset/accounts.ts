/**
 * The three generated accounts. Identities are fixed (not seed-dependent) so the demo configuration
 * and end-to-end tests can rely on them; only template content depends on the seed.
 */
export interface AccountProfile {
  id: string;
  label: string;
  /** Brand name used inside template copy. */
  brand: string;
  appkey: string;
  business_phone: string;
  waba_id: string;
  /** Domain for button URLs (reserved `.example` TLD). */
  domain: string;
  /** Phone number for PHONE_NUMBER buttons (E.164). */
  supportPhone: string;
  /** First template id; ids grow with creation order and never overlap between accounts. */
  idBase: number;
  templateCount: number;
}

export const ACCOUNT_PROFILES: readonly AccountProfile[] = [
  {
    id: "acme",
    label: "Acme Store (small)",
    brand: "Acme Store",
    appkey: "ak-acme-4f7c2e",
    business_phone: "14155550123",
    waba_id: "104857600000101",
    domain: "shop.acme.example",
    supportPhone: "+14155550199",
    idBase: 1_204_000_000_000_000,
    templateCount: -1, // hand-written: whatever families-acme.ts defines (~45)
  },
  {
    id: "globex",
    label: "Globex Retail",
    brand: "Globex",
    appkey: "ak-globex-9b1d3a",
    business_phone: "447700900123",
    waba_id: "104857600000202",
    domain: "www.globex.example",
    supportPhone: "+442079460123",
    idBase: 1_406_000_000_000_000,
    templateCount: 250,
  },
  {
    id: "initech",
    label: "Initech Global",
    brand: "Initech",
    appkey: "ak-initech-6e8f0c",
    business_phone: "6281234567890",
    waba_id: "104857600000303",
    domain: "initech.example",
    supportPhone: "+622150800123",
    idBase: 1_608_000_000_000_000,
    templateCount: 6000,
  },
];
