import { toon, type Waarde } from "@/lib/figures/dashboard-rows";

const W = 300;
const H = 110;
const PAD = { links: 8, rechts: 8, boven: 12, onder: 22 };

/**
 * One figure over consecutive quarters as a line; a quarter whose value is hidden ("<5") or
 * absent breaks the line there, so the chart never shows more than the table beside it does.
 */
export function LineChart({ titel, koppen, waarden, eenheid }: { titel: string; koppen: string[]; waarden: Waarde[]; eenheid: "aantal" | "dagen" | "%" }) {
  const getallen = waarden.map((w) => (typeof w === "number" ? w : null));
  const max = Math.max(1, ...getallen.map((g) => g ?? 0));
  const x = (i: number) => PAD.links + (i * (W - PAD.links - PAD.rechts)) / Math.max(1, waarden.length - 1);
  const y = (v: number) => H - PAD.onder - (v * (H - PAD.boven - PAD.onder)) / max;
  // Runs of consecutive shown values, each its own line.
  const lijnen: { i: number; v: number }[][] = [];
  getallen.forEach((v, i) => {
    if (v === null) return;
    if (i > 0 && getallen[i - 1] !== null) lijnen.at(-1)!.push({ i, v });
    else lijnen.push([{ i, v }]);
  });
  const samenvatting = `${titel}: ${waarden.map((w, i) => `${koppen[i]} ${toon(w, eenheid)}`).join(", ")}.`;
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={samenvatting} className="max-w-full rounded border border-slate-200 bg-slate-50">
      <line x1={PAD.links} x2={W - PAD.rechts} y1={H - PAD.onder} y2={H - PAD.onder} className="stroke-slate-300" />
      <line x1={PAD.links} x2={W - PAD.rechts} y1={y(max)} y2={y(max)} className="stroke-slate-200" strokeDasharray="4 3" />
      <text x={W - PAD.rechts} y={y(max) - 3} textAnchor="end" className="fill-slate-700 text-[10px]">
        {toon(max, eenheid)}
      </text>
      {lijnen.map((lijn, n) => (
        <polyline key={n} points={lijn.map((p) => `${x(p.i)},${y(p.v)}`).join(" ")} fill="none" className="stroke-brand-700" strokeWidth={2} />
      ))}
      {getallen.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3} className="fill-brand-700" />))}
      <text x={PAD.links} y={H - 6} className="fill-slate-700 text-[10px]">
        {koppen[0]}
      </text>
      <text x={W - PAD.rechts} y={H - 6} textAnchor="end" className="fill-slate-700 text-[10px]">
        {koppen.at(-1)}
      </text>
    </svg>
  );
}
