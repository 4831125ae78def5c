// Which trajecten can hold a task on a given day, per role: a superset bounded by the phase
// dates, so that the rules (lib/tasks/rules.ts) look at few trajecten; they then decide exactly.
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { plusDays } from "../calendar";
import { EXIT_IN_LIJST_DAGEN } from "./rules";

/**
 * The trajecten whose running term can be near or over on `today`. The shortest each term can be
 * bounds its start: onderzoek's last day is day 28, intensief's at least day 84, borging's and the
 * first follow-up's at least day 89 (three months), each warned 7 days ahead.
 */
function termijnNabij(today: Date): Prisma.TrajectWhereInput[] {
  return [
    { fase: "ONDERZOEK", onderzoekStart: { lte: plusDays(today, -20) } },
    { fase: "INTENSIEF", intensiefStart: { lte: plusDays(today, -76) } },
    { fase: "BORGING", borgingStart: { lte: plusDays(today, -80) } },
    { fase: "FOLLOW_UP", followUpStart: { lte: plusDays(today, -80) } },
  ];
}

/** Whose candidates: an actor's team and own goals, or, with both left out, everyone's. */
export interface Wie {
  topteamId?: string | null;
  id?: string;
}

export function kandidaten(role: Role, wie: Wie, today: Date, weken: number): Prisma.TrajectWhereInput[] {
  switch (role) {
    case "GEDRAGSWETENSCHAPPER":
      return [
        ...termijnNabij(today).map((w) => ({ ...w, topteamId: wie.topteamId })),
        { fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD", topteamId: wie.topteamId },
        { fase: "INTENSIEF", topteamId: wie.topteamId, intensiefStart: { lte: plusDays(today, 7 - 7 * weken) } },
        { fase: { in: ["AFGEROND", "GESTOPT"] }, onderzoekStart: { not: null }, afgeslotenOp: { gte: plusDays(today, -EXIT_IN_LIJST_DAGEN) }, exitLinks: { none: {} } },
        { studentId: { not: null }, consents: { some: { ingetrokkenOp: { not: null } } }, fase: { notIn: ["AFGEROND", "GESTOPT"] } },
      ];
    case "TOPDOCENT":
    case "HULPVERLENER":
      return [...termijnNabij(today), { fase: "INTENSIEF", doelen: { some: { eigenaarId: wie.id, status: "ACTIEF" } } }];
    case "ONDERWIJSADVISEUR":
      return [
        { fase: "AANMELDING", aanmeldingStap: "DOSSIERCHECK" },
        { fase: "AANMELDING", aanmeldingStap: "VOOROVERLEG", vooroverleg: { is: { geplandOp: { not: null }, gehoudenOp: null } } },
      ];
    case "ZORGCOORDINATOR":
      return [
        { infoVragen: { some: { antwoord: null } } },
        { fase: { in: ["ONDERZOEK", "INTENSIEF"] }, afspraken: { none: {} } },
        { fase: "AANMELDING", aanmeldingStap: "AANVRAAG" },
      ];
    case "COORDINATOR":
      return [{ fase: "AANMELDING", aanmeldingStap: "GOEDGEKEURD", topteamId: null }, ...termijnNabij(plusDays(today, -7))];
    default:
      return [];
  }
}

/** Every traject that can hold a task on `today` in anyone's list: what the stored tasks are computed over. */
export function alleKandidaten(today: Date, weken: number): Prisma.TrajectWhereInput {
  const rollen: Role[] = ["GEDRAGSWETENSCHAPPER", "TOPDOCENT", "ONDERWIJSADVISEUR", "ZORGCOORDINATOR", "COORDINATOR"];
  return { OR: rollen.flatMap((role) => kandidaten(role, {}, today, weken)) };
}
