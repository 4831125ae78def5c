"use client";

export default function GlobalError() {
  return (
    <html lang="nl">
      <body>
        <main style={{ padding: "2rem", fontFamily: "sans-serif" }}>
          <h1>Er ging iets mis</h1>
          <p>Laad de pagina opnieuw. Blijft dit gebeuren, neem dan contact op met de functioneel beheerder.</p>
        </main>
      </body>
    </html>
  );
}
