/**
 * A speech bubble drawn as SVG: an emoji would depend on a colour-emoji font the system may not
 * have (headless Chromium on Linux shows an empty box).
 */
export function CommentIcon({ size = 12 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      style={{ verticalAlign: '-2px', marginRight: 3 }}
    >
      <path
        fill="currentColor"
        d="M2 2h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H7l-3.5 3v-3H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z"
      />
    </svg>
  );
}
