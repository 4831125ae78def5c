// A status badge and a term's text beside it, from text already formatted: pure markup, so the
// server's pages and the lists' client rows (traject-rows.tsx, task-rows.tsx) share it.
import type { TermStatus } from "@/lib/trajecten/terms";

const STYLE = {
  OP_SCHEMA: "bg-emerald-100 text-emerald-900",
  BIJNA_VERLOPEN: "bg-amber-100 text-amber-900",
  VERLOPEN: "bg-red-100 text-red-900",
} as const;

export interface BadgeTekst {
  status: TermStatus;
  /** The status in words: it is in the text, not only in the colour. */
  tekst: string;
}

export function Badge({ status, tekst }: BadgeTekst) {
  return <span className={`badge ${STYLE[status]}`}>{tekst}</span>;
}

/** What a list's term column says: a day with its status, a closing day, or that there is no term. */
export interface TermijnTekst {
  tekst: string;
  badge?: BadgeTekst;
  /** Said in a quieter colour: "Geen termijn". */
  gedimd?: boolean;
}

export function Termijn({ tekst, badge, gedimd }: TermijnTekst) {
  if (gedimd) return <span className="text-slate-600">{tekst}</span>;
  if (!badge) return tekst;
  return (
    // One text node beside the badge: a flex container wraps it in a box of its own.
    <span className="flex flex-wrap items-center gap-2">
      {tekst}
      <Badge {...badge} />
    </span>
  );
}
