import type { Handlers } from '../../shared/contract/contract';
import type { BackupEntryDto } from '../../shared/contract/backups';
import { windowCaller } from '../api/callers';

/**
 * The menu's "Back up now", made as the window's own call: it passes the same access rules
 * (access-rules.ts) as the backup button inside the window, so a signed-out window is refused
 * with the rules' reason instead of the menu bypassing them.
 */
export async function backUpAsWindow(
  handlers: Handlers,
  webContentsId: number,
): Promise<BackupEntryDto> {
  return await handlers['backups.create']({}, windowCaller(webContentsId));
}
