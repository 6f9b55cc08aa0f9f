import { useState, type KeyboardEvent } from 'react';
import { matchFields, type FieldChoice } from './field-matches';

/**
 * The popover's typed filter and highlighted choice: digits 1–9 pick a shown field, arrows move
 * the highlight, Enter picks it, Escape closes.
 */
export function useFieldPicker(
  fields: FieldChoice[],
  pick: (field: FieldChoice | undefined) => void,
  close: () => void,
) {
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const shown = matchFields(fields, typed);

  const type = (value: string) => {
    setTyped(value);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
    if (digit && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      pick(shown[digit - 1]);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(shown.length - 1, a + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(shown[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return { typed, type, active, setActive, shown, onKeyDown };
}
