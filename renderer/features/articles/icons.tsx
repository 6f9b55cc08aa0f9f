/** Small line icons for the list's controls (no icon package in the app); they inherit color. */
function Icon({ d, size = 16 }: { d: string; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={d} />
    </svg>
  );
}

export const SearchIcon = () => <Icon d="M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-6-6" />;
export const FilterIcon = () => <Icon d="M4 5h16l-6 8v5l-4 2v-7z" />;
export const BookmarkIcon = () => <Icon d="M6 3h12v18l-6-4-6 4z" />;
export const ChevronUpIcon = () => <Icon d="M6 15l6-6 6 6" />;
export const ChevronDownIcon = () => <Icon d="M6 9l6 6 6-6" />;
export const SortUpIcon = () => <Icon d="M7 20V4M3 8l4-4 4 4M14 6h7M14 12h5M14 18h3" />;
export const SortDownIcon = () => <Icon d="M7 4v16M3 16l4 4 4-4M14 6h3M14 12h5M14 18h7" />;
