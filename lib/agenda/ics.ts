// A user's due dates as an iCalendar feed (ical-generator). Every event names its traject by
// its code only (T-123) and links to the traject page, where signing in shows who it is: no
// student's name or dossier content is in the feed. Each due date is a whole Amsterdam
// calendar day. Pure.
import ical from "ical-generator";
import { TIME_ZONE } from "../calendar";

export interface AgendaItem {
  /** Stable across fetches, so a calendar updates an event instead of adding one. */
  uid: string;
  /** The calendar day, at UTC midnight as every day in the app. */
  dag: Date;
  titel: string;
  url: string;
}

export function agendaIcs(items: readonly AgendaItem[], opgemaakt: Date): string {
  const calendar = ical({
    name: "Toptrajecten: termijnen en afspraken",
    description: "Termijnen, follow-ups, vooroverleggen en kennismakingsgesprekken uit Toptrajecten. Trajecten staan erin met hun trajectcode.",
    prodId: { company: "Samenwerkingsverband VO Amsterdam-Diemen", product: "Toptrajecten", language: "NL" },
    timezone: TIME_ZONE,
    // Calendar apps poll; an hour keeps the feed fresh without hammering the server.
    ttl: 3600,
  });
  for (const item of items) {
    calendar.createEvent({ id: item.uid, start: item.dag, allDay: true, summary: item.titel, url: item.url, stamp: opgemaakt });
  }
  return calendar.toString();
}
