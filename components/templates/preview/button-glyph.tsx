import {
  CircleHelp,
  Copy,
  ExternalLink,
  KeyRound,
  type LucideIcon,
  Phone,
  PhoneCall,
  Reply,
  ShoppingCart,
  Store,
  Workflow,
} from "lucide-react";
import type { ButtonIcon } from "@/lib/templates/preview/model";

const ICONS: Record<ButtonIcon, LucideIcon> = {
  reply: Reply,
  link: ExternalLink,
  phone: Phone,
  copy: Copy,
  flow: Workflow,
  catalog: Store,
  call: PhoneCall,
  product: ShoppingCart,
  otp: KeyRound,
  unknown: CircleHelp,
};

/** The icon WhatsApp puts before a template button's label, by the model's `icon`. */
export function ButtonGlyph({ icon, className }: { icon: ButtonIcon; className?: string }) {
  const Icon = ICONS[icon] ?? CircleHelp;
  return <Icon aria-hidden className={className} />;
}
