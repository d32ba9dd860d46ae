/** The role's colour as a small dot; decorative, the name is always next to it. */
export function RoleSwatch({ color }: { color: string }) {
  return <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-full border border-border" style={{ backgroundColor: color }} />;
}
