/**
 * The signals an assignment reports per article (which lines named it, its kicker and headline,
 * its labels and captions), written in words with 1-based line numbers for the review screen.
 */
import type { Unit } from './units';

function lineSpan(unit: Unit): string {
  const first = unit.lines[0]!.index + 1;
  const last = unit.lines[unit.lines.length - 1]!.index + 1;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

export function groupSpan(units: readonly Unit[], group: readonly number[]): string {
  const first = units[group[0]!]!.lines[0]!.index + 1;
  const lastUnit = units[group[group.length - 1]!]!;
  const last = lastUnit.lines[lastUnit.lines.length - 1]!.index + 1;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/** Signals are read in page order: by the first line number they mention. */
export function sortByLine(signals: string[]): void {
  const line = new Map(signals.map((s) => [s, Number(/lines? (\d+)/.exec(s)?.[1] ?? 0)]));
  signals.sort((a, b) => line.get(a)! - line.get(b)!);
}

/** Layout signals are reported once assignment is final, under the article that got them. */
export function reportLayoutSignals(
  units: readonly Unit[],
  articleOfUnit: readonly number[],
  articles: readonly { signals: string[] }[],
): void {
  units.forEach((unit, i) => {
    const signals = articles[articleOfUnit[i]!]!.signals;
    const anchor = unit.anchor;
    if (anchor) {
      if (anchor.kickerLine !== null) signals.push(`kicker line ${anchor.kickerLine + 1}`);
      if (anchor.profileLine !== undefined) {
        signals.push(`profile of ${anchor.institution} opens line ${anchor.profileLine + 1}`);
      } else if (anchor.headlineLines.length > 0) {
        const first = anchor.headlineLines[0]! + 1;
        const last = anchor.headlineLines[anchor.headlineLines.length - 1]! + 1;
        const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
        signals.push(
          anchor.kicker ? `headline ${where}` : `headline naming ${anchor.institution} ${where}`,
        );
      }
    } else if (unit.kind !== 'body') {
      signals.push(`${unit.kind === 'label' ? 'section label' : unit.kind} ${lineSpan(unit)}`);
    } else if (unit.caption) {
      signals.push(`caption ${lineSpan(unit)}`);
    }
  });
}
