import { formatDay } from "@/lib/calendar";
import { FOLLOW_UP_LABEL, TERM_STATUS_LABEL } from "@/lib/labels";
import type { Term, TermStatus } from "@/lib/trajecten/terms";
import { Termijn, type BadgeTekst, type TermijnTekst } from "./badge";

export function statusTekst(status: TermStatus): BadgeTekst {
  return { status, tekst: TERM_STATUS_LABEL[status] };
}

/** A term in words: its follow-up, its last day and its week, with its status. */
export function termijnTekst(term: Term | null): TermijnTekst {
  if (!term) return { tekst: "Geen termijn", gedimd: true };
  const badge = statusTekst(term.status);
  return {
    tekst: `${term.followUp ? `${FOLLOW_UP_LABEL[term.followUp]}: ` : ""}${formatDay(term.dueOn)}${term.week ? ` · week ${term.week.current} van ${term.week.of}` : ""}`,
    badge: term.pastMaximum ? { ...badge, tekst: `${badge.tekst} (voorbij 16 weken)` } : badge,
  };
}

export function TermSummary({ term }: { term: Term | null }) {
  return <Termijn {...termijnTekst(term)} />;
}
