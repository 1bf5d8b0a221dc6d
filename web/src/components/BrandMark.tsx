/** The product's mark: a foundation under three pillars, drawn inline (no extra request). */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#b3261e" />
      <path d="M6 24h20v3H6zM9 12h3v10H9zm5.5 0h3v10h-3zM20 12h3v10h-3zM5 9l11-5 11 5v2H5z" fill="#ffd54f" />
    </svg>
  );
}
