// The OPP handover (./opp-overdracht.ts) as blocks, and from them a PDF and a Word file: the
// adviezen first, since they are what goes into the OPP; then the evidence per goal; then who at
// school carries it on.
import { PDFDocument } from "pdf-lib";
import { formatDay } from "../calendar";
import type { AdviesVoor } from "../generated/prisma/enums";
import { DOEL_BESLUIT_LABEL, DOEL_GEBIED_LABEL, DOEL_STATUS_LABEL, JA_NEE_LABEL, OVERDRACHT_LABEL } from "../labels";
import { ROLE_LABEL } from "../navigation";
import { Writer } from "../pdf/writer";
import type { Block } from "./blocks";
import { blocksToDocx } from "./docx";
import type { OppOverdracht } from "./opp-overdracht";

const VOOR_VOLGORDE: AdviesVoor[] = ["LEERLING", "DOCENTEN", "SCHOOL", "OUDERS"];
const VOOR_KOP: Record<AdviesVoor, string> = {
  LEERLING: "Voor de leerling",
  DOCENTEN: "Voor de docenten en de mentor",
  SCHOOL: "Voor de school",
  OUDERS: "Voor de ouders",
};

function titel(o: OppOverdracht): string {
  return `Overdracht voor het OPP: ${o.leerling}`;
}

export function oppOverdrachtBlocks(o: OppOverdracht): Block[] {
  const blocks: Block[] = [
    { soort: "titel", tekst: titel(o) },
    { soort: "tekst", tekst: `${o.school} · ${o.topteam} · traject ${o.code}` },
    {
      soort: "tekst",
      tekst: `Intensief vanaf ${formatDay(o.intensiefStart)}${o.borgingStart ? `, borging vanaf ${formatDay(o.borgingStart)}` : ""}. Opgesteld op ${formatDay(o.opgesteldOp)}.`,
    },
    {
      soort: "tekst",
      klein: true,
      tekst: "De handelingsadviezen hieronder zijn in het Toptraject uitgeprobeerd. Neem wat werkt op in het ontwikkelingsperspectiefplan (OPP) van de leerling.",
    },
    { soort: "kop", tekst: "Handelingsadviezen" },
  ];
  if (o.adviezen.length === 0) blocks.push({ soort: "tekst", tekst: "Er zijn (nog) geen handelingsadviezen vastgelegd." });
  for (const voor of VOOR_VOLGORDE) {
    const adviezen = o.adviezen.filter((a) => a.voor === voor);
    if (adviezen.length === 0) continue;
    blocks.push(
      { soort: "tekst", tekst: VOOR_KOP[voor], vet: true },
      {
        soort: "lijst",
        items: adviezen.map(
          (a) =>
            `${a.tekst} (${a.getest ? "uitgeprobeerd in intensief" : "niet uitgeprobeerd"}; werkt: ${JA_NEE_LABEL[a.werkt].toLowerCase()}; ${a.inOpp ? "voor in het OPP" : "niet voor het OPP"})`,
        ),
      },
    );
  }

  blocks.push({ soort: "kop", tekst: "Doelen en wat de evaluaties lieten zien" });
  if (o.doelen.length === 0) blocks.push({ soort: "tekst", tekst: "Er zijn geen doelen vastgelegd." });
  for (const doel of o.doelen) {
    blocks.push(
      { soort: "tekst", tekst: doel.omschrijving, vet: true },
      {
        soort: "tekst",
        klein: true,
        tekst: `${DOEL_GEBIED_LABEL[doel.gebied]} · afgesproken op ${formatDay(doel.afgesprokenOp)}${doel.eigenaar ? ` · ${doel.eigenaar}` : ""} · uitkomst: ${DOEL_STATUS_LABEL[doel.status].toLowerCase()}`,
      },
    );
    if (doel.reeks.length === 0) {
      blocks.push({ soort: "tekst", klein: true, tekst: "Niet geëvalueerd." });
      continue;
    }
    blocks.push(
      { soort: "grafiek", titel: doel.omschrijving, punten: doel.reeks.map((r) => ({ label: formatDay(r.datum), waarde: r.voortgang })), min: 1, max: 10 },
      {
        soort: "tabel",
        kolommen: ["Evaluatie", "Voortgang", "Besluit", "Toelichting"],
        rijen: doel.reeks.map((r) => [formatDay(r.datum), `${r.voortgang} / 10`, DOEL_BESLUIT_LABEL[r.besluit], r.toelichting]),
        breedtes: [0.2, 0.15, 0.15, 0.5],
      },
    );
  }

  blocks.push({ soort: "kop", tekst: "Wie het op school voortzet" });
  blocks.push(
    o.overdrachten.length === 0
      ? { soort: "tekst", tekst: "De overdracht in de borging is nog niet vastgelegd." }
      : { soort: "lijst", items: o.overdrachten.map((d) => `${OVERDRACHT_LABEL[d.aan]} op ${formatDay(d.datum)}${d.notitie ? `: ${d.notitie}` : ""}`) },
  );
  if (o.contacten.length > 0) {
    blocks.push(
      { soort: "tekst", tekst: "Vragen over dit document", vet: true },
      { soort: "lijst", items: o.contacten.map((c) => `${c.naam}, ${ROLE_LABEL[c.rol].toLowerCase()}: ${c.email}`) },
    );
  }
  return blocks;
}

export async function oppOverdrachtPdf(o: OppOverdracht): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(titel(o));
  doc.setCreator("Toptrajecten");
  (await Writer.on(doc)).render(oppOverdrachtBlocks(o));
  return doc.save();
}

export async function oppOverdrachtDocx(o: OppOverdracht): Promise<Uint8Array> {
  return blocksToDocx(titel(o), oppOverdrachtBlocks(o));
}
