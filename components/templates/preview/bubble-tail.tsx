/** The little hook at the top-left of an incoming WhatsApp bubble (WhatsApp Web's "tail-in"). */
export function BubbleTail() {
  return (
    <svg
      aria-hidden
      viewBox="0 0 8 13"
      width="8"
      height="13"
      className="absolute top-0 -left-2 text-wa-bubble"
      focusable="false"
    >
      <path opacity=".13" d="M1.533 3.568 8 12.193V1H2.812C1.042 1 .474 2.156 1.533 3.568z" />
      <path fill="currentColor" d="M1.533 2.568 8 11.193V0H2.812C1.042 0 .474 1.156 1.533 2.568z" />
    </svg>
  );
}
