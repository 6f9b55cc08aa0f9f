import type { KeyboardEvent } from 'react';
import { useAdjudicationStore, type Choice } from './adjudication-store';

const store = () => useAdjudicationStore.getState();

const choiceKeys: Record<string, Choice> = { '1': 'a', '2': 'b', '3': 'both', '0': 'neither' };

/** Typing in the edit box is the box's own business. */
function typing(target: EventTarget): boolean {
  const tag = (target as HTMLElement).tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

function act(event: KeyboardEvent): boolean {
  const key = event.key;
  if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
    void store().undo();
    return true;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (key === 'v') {
    if (store().tab === 'versions') store().showDisagreements();
    else void store().showVersions();
    return true;
  }
  // Deciding needs the disagreement in view.
  if (store().tab === 'versions') return false;
  if (key === 'j' || key === 'ArrowDown') store().move(1);
  else if (key === 'k' || key === 'ArrowUp') store().move(-1);
  else if (key in choiceKeys) void store().decide(choiceKeys[key]!);
  else if (key === 'e') store().setEditing(true);
  else if (key === 'u') void store().undo();
  else return false;
  return true;
}

/**
 * The adjudication view's keys, on the dialog itself: j / k (or the arrows) move, 1 takes the
 * first curator's version, 2 the second's, 3 both, 0 neither, e edits, u (or Ctrl+Z) undoes,
 * v shows every curator's version of the article (and back).
 * Every other key but Escape and Tab stops here too: the curation keys of the window behind
 * (a, x, j, k…) must not act on the article under the dialog.
 */
export function onAdjudicationKey(event: KeyboardEvent): void {
  if (typing(event.target) || event.key === 'Escape' || event.key === 'Tab') return;
  if (act(event)) event.preventDefault();
  event.stopPropagation();
}
