import { formatDay } from "@/lib/calendar";
import { FOLLOW_UP_LABEL, TERM_STATUS_LABEL } from "@/lib/labels";
import type { Term, TermStatus } from "@/lib/trajecten/terms";

const STYLE = {
  OP_SCHEMA: "bg-emerald-100 text-emerald-900",
  BIJNA_VERLOPEN: "bg-amber-100 text-amber-900",
  VERLOPEN: "bg-red-100 text-red-900",
} as const;

/** The status is in the text, not only in the colour. */
export function StatusBadge({ status, extra = "" }: { status: TermStatus; extra?: string }) {
  return (
    <span className={`badge ${STYLE[status]}`}>
      {TERM_STATUS_LABEL[status]}
      {extra}
    </span>
  );
}

export function TermBadge({ term }: { term: Term }) {
  return <StatusBadge status={term.status} extra={term.pastMaximum ? " (voorbij 16 weken)" : ""} />;
}

export function TermSummary({ term }: { term: Term | null }) {
  if (!term) return <span className="text-slate-600">Geen termijn</span>;
  return (
    // One text node beside the badge: a flex container wraps it in a box of its own.
    <span className="flex flex-wrap items-center gap-2">
      {`${term.followUp ? `${FOLLOW_UP_LABEL[term.followUp]}: ` : ""}${formatDay(term.dueOn)}${term.week ? ` · week ${term.week.current} van ${term.week.of}` : ""}`}
      <TermBadge term={term} />
    </span>
  );
}
