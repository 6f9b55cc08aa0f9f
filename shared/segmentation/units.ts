/**
 * Groups a page's lines into units: the smallest pieces that are assigned to an article as a
 * whole. Blank and chrome lines separate blocks; layout lines (labels, kickers, bylines, sponsor
 * credits) are units of their own; a kicker takes the headline block after it.
 */
import type { PageLine } from './lines';
import {
  SHORT_LINE,
  endsSentence,
  isByline,
  isCaption,
  isSectionLabel,
  isSloganPair,
  isSponsorLine,
  leadingInstitution,
  parseKickerLine,
} from './line-kinds';
import { findProfileOpenings, type ProfileOpening } from './profile-openings';
import { isFitTitle } from './title-fitness';

/** Where an article starts, and who it is about. */
export interface Anchor {
  /** The institution that identifies the article: the kicker name or the one a headline opens with. */
  institution: string;
  /** Set only for a real kicker line ('阜新市第二人民医院：'). */
  kicker: string | null;
  title: string | null;
  /** 0-based line numbers of the kicker line, if any, and of the headline lines. */
  kickerLine: number | null;
  headlineLines: number[];
  /** 0-based line number of a profile's opening (./profile-openings), if that is the anchor. */
  profileLine?: number;
}

export type UnitKind = 'anchor' | 'label' | 'byline' | 'sponsor' | 'body';

export interface Unit {
  kind: UnitKind;
  lines: PageLine[];
  /** Set for kind 'anchor'. */
  anchor?: Anchor;
  /** For body units: the block is a single line shaped like a picture caption. */
  caption?: boolean;
}

type PieceKind = 'label' | 'kicker' | 'profile' | 'byline' | 'sponsor' | 'block';

interface Piece {
  kind: PieceKind;
  lines: PageLine[];
}

function pieceKindOf(line: PageLine, profiles: ReadonlyMap<number, ProfileOpening>): PieceKind {
  if (profiles.has(line.index)) return 'profile';
  if (isSectionLabel(line.text)) return 'label';
  if (parseKickerLine(line.text) !== null) return 'kicker';
  if (isByline(line.text)) return 'byline';
  if (isSponsorLine(line.text)) return 'sponsor';
  return 'block';
}

/** Kinds of line that always stand alone: each is a label or starts an article of its own. */
const STANDS_ALONE: ReadonlySet<PieceKind> = new Set(['label', 'kicker', 'profile']);

/**
 * Consecutive non-blank lines of the same kind form one piece, except that labels, kickers and
 * profile openings always stand alone (two kickers in a row are two articles).
 */
function splitPieces(
  lines: readonly PageLine[],
  profiles: ReadonlyMap<number, ProfileOpening>,
): Piece[] {
  const pieces: Piece[] = [];
  let open: Piece | null = null;
  for (const line of lines) {
    if (line.blank || line.chrome) {
      open = null;
      continue;
    }
    const kind = pieceKindOf(line, profiles);
    if (open && open.kind === kind && !STANDS_ALONE.has(kind)) {
      open.lines.push(line);
      continue;
    }
    open = { kind, lines: [line] };
    pieces.push(open);
  }
  return withAddresseesAsText(pieces);
}

/**
 * A block that ends in a title over an addressee: its last line ends no sentence and is no longer
 * than documents' titles are (the lines above it may be the page's metadata).
 */
function isDocumentTitle(piece: Piece | undefined): boolean {
  const last = piece?.kind === 'block' ? piece.lines[piece.lines.length - 1] : undefined;
  return (
    last !== undefined && last.text.trim().length <= DOCUMENT_TITLE && !endsSentence(last.text)
  );
}
const DOCUMENT_TITLE = 80;

/** A block of text, not a headline's shape: what follows an addressee. */
function isText(piece: Piece | undefined): boolean {
  return piece !== undefined && piece.kind === 'block' && !isHeadlineShaped(piece);
}

/**
 * An official document's addressee ('县卫健局：' under '关于…的批复', then '你单位报来的…'): an
 * institution's name and a colon, like a newspaper's kicker, but under its headline instead of
 * over one, and followed by text. It opens the document's text, never an article (set X2).
 */
function withAddresseesAsText(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    if (piece.kind === 'kicker' && isDocumentTitle(out[out.length - 1]) && next && isText(next)) {
      out.push({ kind: 'block', lines: [...piece.lines, ...next.lines] });
      i++;
      continue;
    }
    out.push(piece);
  }
  return out;
}

/** Up to three short lines, none ending a sentence: the shape of a headline (or a sub-heading). */
function isHeadlineShaped(piece: Piece | undefined): piece is Piece {
  return (
    piece !== undefined &&
    piece.kind === 'block' &&
    piece.lines.length <= 3 &&
    piece.lines.every((l) => l.text.trim().length <= SHORT_LINE && !endsSentence(l.text))
  );
}

/** The headline's words: its lines, less a publication line under it ('日期:11-20'). */
function titleOf(lines: readonly PageLine[]): string {
  const fit = lines.filter((l) => isFitTitle(l.text.trim()));
  return (fit.length > 0 ? fit : lines).map((l) => l.text.trim()).join(' ');
}

/**
 * A headline block that starts an article without a kicker: headline-shaped, one line a slogan
 * pair ('三院合一共发展 融合资源出成效'), and one line opening with an institution name. Slogan
 * pairs alone are also used for sub-section headings ('强化党建引领 凝聚发展共识'), so the
 * institution is what makes it an article.
 */
function namedHeadline(piece: Piece): Anchor | null {
  if (!isHeadlineShaped(piece) || !piece.lines.some((l) => isSloganPair(l.text))) return null;
  for (const line of piece.lines) {
    const institution = leadingInstitution(line.text);
    if (institution) {
      return {
        institution,
        kicker: null,
        title: titleOf(piece.lines),
        kickerLine: null,
        headlineLines: piece.lines.map((l) => l.index),
      };
    }
  }
  return null;
}

/**
 * A headline block right above a byline ('□本报记者 …', '通讯员 …'), no blank line between them,
 * that opens with a place-named institution ('洪湖市人民医院新院区开诊'): how a newspaper page
 * without kicker lines starts each article. Starts an article like a named headline.
 */
function bylinedHeadline(piece: Piece, next: Piece | undefined): Anchor | null {
  if (next?.kind !== 'byline' || !isHeadlineShaped(piece)) return null;
  // Right above it: a caption stands apart, with blank lines around it where the picture was.
  if (next.lines[0]!.index !== piece.lines[piece.lines.length - 1]!.index + 1) return null;
  const institution = leadingInstitution(piece.lines[0]!.text);
  if (!institution) return null;
  return {
    institution,
    kicker: null,
    title: titleOf(piece.lines),
    kickerLine: null,
    headlineLines: piece.lines.map((l) => l.index),
  };
}

/**
 * A caption is a one-line block shaped like one that either opens with '图为', sits right before
 * a byline, label or kicker (a heading would be followed by its own text), or stands in a gap of
 * two or more blank lines (the space a picture left in OCR or web text).
 */
function looksLikeCaption(
  pieces: readonly Piece[],
  i: number,
  lines: readonly PageLine[],
): boolean {
  const piece = pieces[i]!;
  const line = piece.lines[0]!;
  if (piece.lines.length !== 1 || !isCaption(line.text)) return false;
  if (line.text.trim().startsWith('图为')) return true;
  const after = pieces[i + 1];
  if (after && after.kind !== 'block') return true;
  const blankBefore =
    line.index >= 2 && lines[line.index - 1]!.blank && lines[line.index - 2]!.blank;
  return blankBefore && i > 0;
}

/**
 * A profile's opening line as an anchor: a heading is the profile's title; a paragraph opening
 * with the name has none (its first sentence is text, not a headline).
 */
function profileAnchor(line: PageLine, opening: ProfileOpening): Anchor {
  return {
    institution: opening.institution,
    kicker: null,
    title: opening.heading ? line.text.trim() : null,
    kickerLine: null,
    headlineLines: opening.heading ? [line.index] : [],
    profileLine: line.index,
  };
}

export function buildUnits(lines: readonly PageLine[]): Unit[] {
  const profiles = findProfileOpenings(lines);
  const pieces = splitPieces(lines, profiles);
  const units: Unit[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.kind === 'profile') {
      const line = piece.lines[0]!;
      units.push({
        kind: 'anchor',
        lines: [line],
        anchor: profileAnchor(line, profiles.get(line.index)!),
      });
      continue;
    }
    if (piece.kind === 'kicker') {
      const kickerLine = piece.lines[0]!;
      const kicker = parseKickerLine(kickerLine.text)!;
      const next = pieces[i + 1];
      const headline = isHeadlineShaped(next) ? next : null;
      if (headline) i++;
      units.push({
        kind: 'anchor',
        lines: headline ? [kickerLine, ...headline.lines] : [kickerLine],
        anchor: {
          institution: kicker,
          kicker,
          title: headline ? titleOf(headline.lines) : null,
          kickerLine: kickerLine.index,
          headlineLines: headline ? headline.lines.map((l) => l.index) : [],
        },
      });
      continue;
    }
    if (piece.kind === 'block') {
      const anchor = namedHeadline(piece) ?? bylinedHeadline(piece, pieces[i + 1]);
      if (anchor) {
        units.push({ kind: 'anchor', lines: piece.lines, anchor });
        continue;
      }
      units.push({ kind: 'body', lines: piece.lines, caption: looksLikeCaption(pieces, i, lines) });
      continue;
    }
    units.push({ kind: piece.kind, lines: piece.lines });
  }
  return units;
}
