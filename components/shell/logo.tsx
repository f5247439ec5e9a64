/** The product mark: a chat bubble holding a template's three parts. Decorative (text sits beside it). */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={className} role="presentation">
      <rect width="32" height="32" rx="8" fill="#0b7a5e" />
      <path
        d="M8 9.5A2.5 2.5 0 0 1 10.5 7h11A2.5 2.5 0 0 1 24 9.5v9a2.5 2.5 0 0 1-2.5 2.5H14l-4.5 4v-4h0A1.5 1.5 0 0 1 8 19.5z"
        fill="#fff"
      />
      <rect x="11" y="10" width="10" height="2" rx="1" fill="#0b7a5e" />
      <rect x="11" y="13.5" width="8" height="1.6" rx=".8" fill="#25d366" />
      <rect x="11" y="16.5" width="6" height="1.6" rx=".8" fill="#9fb8ae" />
    </svg>
  );
}
