import { formatDay } from "@/lib/calendar";
import { DOEL_BESLUIT_LABEL } from "@/lib/labels";
import type { DoelBesluit } from "@/lib/generated/prisma/enums";

const W = 240;
const H = 80;
const PAD = 8;

/**
 * A goal's scores over its evaluations (1 to 10) as a small line chart, with the same figures
 * in a table beside it for whoever cannot see the chart.
 */
export function ProgressChart({ titel, reeks }: { titel: string; reeks: { datum: Date; voortgang: number; besluit: DoelBesluit }[] }) {
  if (reeks.length === 0) return <p className="text-sm text-slate-700">Nog niet geëvalueerd.</p>;
  const x = (i: number) => (reeks.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (reeks.length - 1));
  const y = (v: number) => H - PAD - ((v - 1) * (H - 2 * PAD)) / 9;
  const punten = reeks.map((r, i) => `${x(i)},${y(r.voortgang)}`).join(" ");
  const samenvatting = `Voortgang van ${titel}: ${reeks.map((r) => `${r.voortgang} op ${formatDay(r.datum)}`).join(", ")}.`;
  return (
    <div className="flex flex-wrap items-start gap-4">
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={samenvatting} className="rounded border border-slate-200 bg-slate-50">
        <line x1={PAD} x2={W - PAD} y1={y(10)} y2={y(10)} className="stroke-slate-300" strokeDasharray="4 3" />
        <polyline points={punten} fill="none" className="stroke-brand-700" strokeWidth={2} />
        {reeks.map((r, i) => (
          <circle key={i} cx={x(i)} cy={y(r.voortgang)} r={3.5} className="fill-brand-700" />
        ))}
      </svg>
      <table className="text-sm">
        <caption className="sr-only">Evaluaties van {titel}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3 text-left font-medium">Datum</th>
            <th scope="col" className="pr-3 text-left font-medium">Voortgang</th>
            <th scope="col" className="text-left font-medium">Besluit</th>
          </tr>
        </thead>
        <tbody>
          {reeks.map((r, i) => (
            <tr key={i}>
              <td className="pr-3">{formatDay(r.datum)}</td>
              <td className="pr-3">{r.voortgang} / 10</td>
              <td>{DOEL_BESLUIT_LABEL[r.besluit]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
