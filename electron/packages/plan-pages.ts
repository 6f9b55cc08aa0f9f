import { segmentationKeys } from './package-stamp';
import type { PlanContext } from './merge-plan-types';

/**
 * Decides each carried page's segmentation. Resegmented on one side only, it is taken from that
 * side, unless the other side changed one of its articles meanwhile (a state, values or a
 * comment made against the old articles): then, as when both resegmented it differently, it is
 * a conflict. Keeping the project's side of a page the project resegmented drops every change
 * the package made on that page.
 */
export function planPages(context: PlanContext): void {
  const { stamp, main, pkg, plan, missing, decide, side, authors, changes } = context;
  const mainKeys = segmentationKeys(main);
  const packageKeys = segmentationKeys(pkg);
  const touched = { main: changes.main.pages, package: changes.package.pages };
  for (const [id, stamped] of Object.entries(stamp.documents)) {
    const documentId = Number(id);
    if (missing.has(documentId)) continue;
    const ours = mainKeys.get(documentId) ?? '';
    const theirs = packageKeys.get(documentId) ?? '';
    const weChanged = ours !== stamped;
    const theyChanged = theirs !== stamped;
    if (!weChanged && !theyChanged) continue;
    if (weChanged && theyChanged && ours === theirs) continue;
    const crossed = theyChanged
      ? !weChanged && touched.main.has(documentId)
      : touched.package.has(documentId);
    if (theyChanged && !weChanged && !crossed) {
      plan.segmentation.push(documentId);
      continue;
    }
    if (!theyChanged && !crossed) continue;
    const words = (key: string, changed: boolean, other: boolean) =>
      changed ? key : other ? `${key} (unchanged; articles on it changed)` : key;
    const choice = decide({
      id: `segmentation:${documentId}`,
      kind: 'segmentation',
      rowId: documentId,
      documentId,
      field: null,
      main: side(
        words(ours, weChanged, touched.main.has(documentId)),
        [],
        authors.main('document', documentId),
      ),
      package: side(
        words(theirs, theyChanged, touched.package.has(documentId)),
        [],
        authors.package('document', documentId),
      ),
    });
    if (choice === 'package' && theyChanged) plan.segmentation.push(documentId);
    if (choice === 'main' && !theyChanged) plan.dropped.pages.add(documentId);
  }
}
