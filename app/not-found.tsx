import Link from "next/link";

export default function NotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Niet gevonden</h1>
      <p className="mt-2">Deze pagina bestaat niet, of u heeft er geen toegang toe.</p>
      <p className="mt-4">
        <Link className="text-brand-700 underline" href="/">
          Naar uw startpagina
        </Link>
      </p>
    </main>
  );
}
