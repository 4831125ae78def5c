// The frame of a page reached without an account: sign-in, a password link, the exit questionnaire.
export function PublicPage({ titel, breed, children }: { titel: string; breed?: boolean; children: React.ReactNode }) {
  return (
    <main id="inhoud" className={`mx-auto ${breed ? "max-w-2xl" : "max-w-md"} px-4 py-12`}>
      <h1 className="text-3xl font-semibold text-brand-800">{titel}</h1>
      <p className="mt-1 text-slate-700">Samenwerkingsverband VO Amsterdam-Diemen</p>
      {children}
    </main>
  );
}
