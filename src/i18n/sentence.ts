/**
 * A message as one sentence ending in a single full stop, so a message that
 * already ends in "." or "!" is not followed by another (no "… again..").
 * @example sentence("The sheet is protected.") // "The sheet is protected."
 */
export function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
