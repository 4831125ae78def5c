// The app's data table: a caption that names it, header cells with their scope, one look. A
// table wider than the screen scrolls sideways; its frame is a named region that takes focus,
// so that keyboard users can scroll it too (WCAG 2.1.1).

export function Table({
  caption,
  label,
  children,
  className = "w-full text-left",
}: {
  caption?: React.ReactNode;
  /** The region's name, when the caption is not plain text. */
  label?: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label ?? (typeof caption === "string" ? caption : undefined)}
      tabIndex={0}
      className="overflow-x-auto rounded-lg bg-white shadow focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
    >
      <table className={`gegevens ${className}`}>
        {caption && <caption className="px-4 py-3 text-left text-lg font-semibold">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** The header row: column headings with scope="col"; a `verborgen` one is for screen readers only. */
export function Kop({ kolommen }: { kolommen: readonly (string | { tekst: string; rechts?: boolean; verborgen?: boolean })[] }) {
  return (
    <thead className="bg-slate-100 text-sm">
      <tr>
        {kolommen.map((kolom) => {
          const { tekst, rechts, verborgen } = typeof kolom === "string" ? { tekst: kolom, rechts: false, verborgen: false } : kolom;
          return (
            <th key={tekst} scope="col" className={rechts ? "text-right" : undefined}>
              {verborgen ? <span className="sr-only">{tekst}</span> : tekst}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

export function Rij({ children }: { children: React.ReactNode }) {
  return <tr className="border-t border-slate-200">{children}</tr>;
}

/** A cell; its padding comes from the table (`gegevens` in globals.css), not from a class on each cell. */
export function Cel({ children, rechts, kop, code }: { children?: React.ReactNode; rechts?: boolean; kop?: boolean; code?: boolean }) {
  const className = [rechts && "text-right", kop && "font-medium", code && "font-mono"].filter(Boolean).join(" ") || undefined;
  return kop ? (
    <th scope="row" className={className}>
      {children}
    </th>
  ) : (
    <td className={className}>{children}</td>
  );
}
