import { toon, type Rij } from "@/lib/figures/dashboard-rows";

const W = 460;
const BAR = 18;
const LABEL = 230;
const kort = (label: string) => (label.length > 36 ? `${label.slice(0, 35)}…` : label);

/**
 * Horizontal bars for one quarter's counts. The table beside it holds the same figures; "<5"
 * is drawn as a stub, so the chart never shows more than the table does.
 */
export function BarChart({ titel, rijen }: { titel: string; rijen: { label: string; waarde: Rij["waarden"]["huidig"] }[] }) {
  const max = Math.max(1, ...rijen.map((r) => (typeof r.waarde === "number" ? r.waarde : 0)));
  const h = rijen.length * (BAR + 8) + 8;
  const samenvatting = `${titel}: ${rijen.map((r) => `${r.label} ${toon(r.waarde, "aantal")}`).join(", ")}.`;
  return (
    <svg width={W} height={h} viewBox={`0 0 ${W} ${h}`} role="img" aria-label={samenvatting} className="max-w-full">
      {rijen.map((r, i) => {
        const y = 8 + i * (BAR + 8);
        const breedte = typeof r.waarde === "number" ? ((W - LABEL - 40) * r.waarde) / max : r.waarde === "<5" ? 6 : 0;
        return (
          <g key={r.label}>
            <text x={0} y={y + BAR - 5} className="fill-slate-800 text-xs">
              {kort(r.label)}
            </text>
            <rect x={LABEL} y={y} width={breedte} height={BAR} className="fill-brand-700" />
            <text x={LABEL + breedte + 4} y={y + BAR - 5} className="fill-slate-800 text-xs">
              {toon(r.waarde, "aantal")}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
