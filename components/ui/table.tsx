// The app's data table: a caption that names it, header cells with their scope, one look.

export function Table({ caption, children, className = "w-full text-left" }: { caption?: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow">
      <table className={className}>
        {caption && <caption className="px-4 py-3 text-left text-lg font-semibold">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** The header row: column headings with scope="col". */
export function Kop({ kolommen }: { kolommen: readonly (string | { tekst: string; rechts?: boolean })[] }) {
  return (
    <thead className="bg-slate-100 text-sm">
      <tr>
        {kolommen.map((kolom) => {
          const { tekst, rechts } = typeof kolom === "string" ? { tekst: kolom, rechts: false } : kolom;
          return (
            <th key={tekst} scope="col" className={`px-4 py-2${rechts ? " text-right" : ""}`}>
              {tekst}
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

export function Cel({ children, rechts, kop }: { children?: React.ReactNode; rechts?: boolean; kop?: boolean }) {
  const className = `px-4 py-2${rechts ? " text-right" : ""}${kop ? " font-medium" : ""}`;
  return kop ? (
    <th scope="row" className={className}>
      {children}
    </th>
  ) : (
    <td className={className}>{children}</td>
  );
}
