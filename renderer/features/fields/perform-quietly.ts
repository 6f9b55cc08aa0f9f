import { useEditingStore, type EditCommand } from '../editing/editing-store';

/** A refused write is shown by the save status and the panel's notice; nothing else to do. */
export function performQuietly(command: EditCommand) {
  useEditingStore
    .getState()
    .perform(command)
    .catch(() => undefined);
}
