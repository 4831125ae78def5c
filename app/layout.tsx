import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Toptrajecten", template: "%s · Toptrajecten" },
  description: "Trajectregistratie van de Topteams, Samenwerkingsverband VO Amsterdam-Diemen",
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so each gets the nonce of its own CSP (see proxy.ts).
  await connection();
  return (
    <html lang="nl">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Naar de inhoud
        </a>
        {children}
      </body>
    </html>
  );
}
