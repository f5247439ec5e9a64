/**
 * Reserves room at the end of the last text line for the timestamp, like WhatsApp: short last
 * lines keep the time beside them, long ones push it to a line of its own.
 */
export function TimeSpacer() {
  return <span aria-hidden className="inline-block h-[15px] w-[46px] align-bottom" />;
}
