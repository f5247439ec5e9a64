import {
  CircleHelp,
  Copy,
  ExternalLink,
  KeyRound,
  LayoutList,
  type LucideIcon,
  Phone,
  PhoneCall,
  Reply,
  ShoppingBag,
  Workflow,
} from "lucide-react";

const ICONS: Record<string, LucideIcon> = {
  QUICK_REPLY: Reply,
  URL: ExternalLink,
  PHONE_NUMBER: Phone,
  COPY_CODE: Copy,
  OTP: KeyRound,
  FLOW: Workflow,
  CATALOG: ShoppingBag,
  MPM: LayoutList,
  SPM: ShoppingBag,
  VOICE_CALL: PhoneCall,
};

/** The icon WhatsApp-like UIs use for a button type; a question mark for types we don't know. */
export function ButtonTypeIcon({ type, className }: { type: string; className?: string }) {
  const Icon = ICONS[type.toUpperCase()] ?? CircleHelp;
  return <Icon aria-hidden className={className} />;
}
