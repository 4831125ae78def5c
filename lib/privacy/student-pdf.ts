// The AVG export of one student as a readable PDF (A4, text only), from the same data as the
// JSON export, with labels where the JSON has codes.
import { PDFDocument } from "pdf-lib";
import { TOESTEMMING_VAN } from "../aanmelding/consent-text";
import { formatDay } from "../calendar";
import { ADVIES_VOOR_LABEL, DOEL_GEBIED_LABEL, DOEL_STATUS_LABEL, FOLLOW_UP_LABEL, historyLabel, faseMetStap, JA_NEE_LABEL } from "../labels";
import { ROLE_LABEL } from "../navigation";
import { Writer } from "../pdf/writer";
import type { exportStudent } from "./students";

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Amsterdam" });

type Export = NonNullable<Awaited<ReturnType<typeof exportStudent>>>;

const day = (value: Date | null) => (value ? formatDay(value) : "—");

export async function studentPdf(exported: Export): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Gegevens van ${exported.leerling.voornaam} ${exported.leerling.achternaam}`);
  doc.setCreator("Toptrajecten");
  const w = await Writer.on(doc);
  const { leerling } = exported;

  w.line("Toptrajecten: alle gegevens over één leerling (AVG, recht op inzage)", { size: 14, bold: true });
  w.line(`Gemaakt op ${moment.format(exported.gemaaktOp)}`);
  w.gap();
  w.line(`${leerling.voornaam} ${leerling.achternaam}`, { size: 12, bold: true });
  w.line(`Geboren ${formatDay(leerling.geboortedatum)} · ${leerling.school.naam} (${leerling.school.brin})`);

  for (const t of leerling.trajecten) {
    w.gap(10);
    w.line(`Traject ${t.id}: ${faseMetStap(t.fase, t.aanmeldingStap)}`, { size: 12, bold: true });
    w.line(`Topteam: ${t.topteam?.naam ?? "—"}${t.windstreekoverstijgend ? " (windstreekoverstijgend)" : ""} · LISA: ${t.lisaReferentie ?? "—"}`);
    w.line(
      `Aangemeld ${day(t.aangemeldOp)} · aanvraag ${day(t.aanvraagOp)} · goedgekeurd ${day(t.goedgekeurdOp)} · onderzoek ${day(t.onderzoekStart)} · ` +
        `intensief ${day(t.intensiefStart)} (${t.intensiefWeken} weken) · borging ${day(t.borgingStart)} · follow-up ${day(t.followUpStart)} · afgesloten ${day(t.afgeslotenOp)}`,
    );
    w.line("Geschiedenis", { bold: true });
    for (const h of t.history) {
      const van = h.vanFase ? `${faseMetStap(h.vanFase, h.vanStap)} → ` : "";
      w.line(`${formatDay(h.datum)} · ${historyLabel(h.action)} · ${van}${faseMetStap(h.naarFase, h.naarStap)} · ${h.actor.naam}`, { indent: 10 });
      if (h.notitie) w.line(h.notitie, { indent: 20 });
    }
    if (t.consents.length || t.toestemmingLinks.length) w.line("Toestemming", { bold: true });
    for (const c of t.consents) {
      const bron = c.bron === "LINK" ? ` via de link (tekst ${c.tekstVersie})` : " op papier";
      w.line(`${c.gegevenDoor === "OUDERS" ? "Ouders" : "Leerling"} (${c.naamGever}) op ${formatDay(c.gegevenOp)}${bron}${c.ingetrokkenOp ? `, ingetrokken op ${formatDay(c.ingetrokkenOp)}` : ""}`, { indent: 10 });
    }
    for (const l of t.toestemmingLinks) {
      const antwoord = l.antwoord && l.antwoordOp ? `${l.antwoord === "GEGEVEN" ? "gegeven" : "geweigerd"} op ${formatDay(l.antwoordOp)}` : "niet beantwoord";
      w.line(`Verzoek per e-mail aan ${TOESTEMMING_VAN[l.voor]}, verstuurd op ${formatDay(l.createdAt)}: ${antwoord}`, { indent: 10 });
    }
    if (t.doelen.length) w.line("Doelen", { bold: true });
    for (const d of t.doelen) w.line(`${d.omschrijving} (${DOEL_GEBIED_LABEL[d.gebied]}, ${DOEL_STATUS_LABEL[d.status]}, afgesproken ${formatDay(d.afgesprokenOp)})`, { indent: 10 });
    if (t.adviezen.length) w.line("Handelingsadviezen", { bold: true });
    for (const a of t.adviezen) w.line(`Voor ${ADVIES_VOOR_LABEL[a.voor].toLowerCase()}: ${a.tekst}`, { indent: 10 });
    if (t.followUps.length) w.line("Follow-ups", { bold: true });
    for (const f of t.followUps) {
      w.line(`${FOLLOW_UP_LABEL[f.moment]}: contact ${formatDay(f.contactOp)}, op uitstroomniveau: ${JA_NEE_LABEL[f.opUitstroomniveau].toLowerCase()}, diploma verwacht: ${JA_NEE_LABEL[f.diplomaVerwacht].toLowerCase()}. ${f.notitie}`, { indent: 10 });
    }
    if (t.assignments.length) w.line(`Begeleiders: ${t.assignments.map((a) => a.user.naam).join(", ")}`);
  }

  w.gap(10);
  w.line(`Toegangslog (${exported.toegangslog.length} registraties)`, { size: 12, bold: true });
  for (const r of exported.toegangslog) {
    const wie = [r.gebruiker, r.role ? ROLE_LABEL[r.role] : null, r.organisatie].filter(Boolean).join(", ");
    w.line(`${moment.format(r.at)} · ${r.outcome === "ALLOWED" ? "toegestaan" : "geweigerd"} · ${r.handeling} · ${wie} · ${r.traject ?? "—"} · ${r.ip ?? "—"}`, {
      size: 8,
    });
  }
  return doc.save();
}
