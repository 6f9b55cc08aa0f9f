/**
 * Scrolls the reader's text so `range` shows a third of the way down, unless it is fully in view
 * already (the curator's place is not moved for nothing). Text under a bar that sticks to the
 * top of the reader (`data-reader-sticky`) is not in view.
 */
export function scrollIntoReader(text: HTMLElement, range: Range): void {
  const scroller = text.closest('.mantine-ScrollArea-viewport');
  if (!scroller) return;
  const view = scroller.getBoundingClientRect();
  const sticky = scroller.querySelector('[data-reader-sticky]')?.getBoundingClientRect();
  const top = Math.max(view.top, sticky?.bottom ?? view.top);
  const rect = range.getBoundingClientRect();
  if (rect.top < top || rect.bottom > view.bottom)
    scroller.scrollBy({ top: rect.top - view.top - view.height / 3 });
}
