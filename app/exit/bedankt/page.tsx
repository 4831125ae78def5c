import type { Metadata } from "next";

export const metadata: Metadata = { title: "Dank u wel" };

export default function ExitThanksPage() {
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-semibold text-brand-800">Dank u wel</h1>
      <p className="mt-4" role="status">
        Uw antwoorden zijn opgeslagen. Het Topteam gebruikt ze om de Toptrajecten te verbeteren.
      </p>
    </main>
  );
}
