// A user's calendar feed, fetched by a calendar app without a session: the secret address is the
// credential (lib/agenda/feed.ts). Read-only; anything but a valid address is a plain 404.
import { headers } from "next/headers";
import { agendaVoor } from "@/lib/agenda/feed";
import { clientIp } from "@/lib/request";

export async function GET(_request: Request, { params }: { params: Promise<{ bestand: string }> }): Promise<Response> {
  const { bestand } = await params;
  const sleutel = bestand.endsWith(".ics") ? bestand.slice(0, -4) : "";
  const ics = sleutel ? await agendaVoor(sleutel, clientIp(await headers())) : null;
  if (ics === null) return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="toptrajecten.ics"',
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
