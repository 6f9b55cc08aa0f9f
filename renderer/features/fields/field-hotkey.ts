/** The letter or digit of Alt+<key>, from the physical key (Alt changes the typed character). */
export function hotkeyOf(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): string | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const match = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code);
  return match ? (match[1] ?? match[2]!).toLowerCase() : null;
}
