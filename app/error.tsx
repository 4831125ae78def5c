"use client";

// Shown for any unexpected error: a plain message, never the error itself. The server logs it.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Er ging iets mis</h1>
      <p className="mt-2">Probeer het opnieuw. Blijft dit gebeuren, neem dan contact op met de functioneel beheerder.</p>
      {error.digest && <p className="mt-2">Foutcode: <span className="font-mono">{error.digest}</span></p>}
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        Opnieuw proberen
      </button>
    </main>
  );
}
