// Previous and next links under a long list, with where the reader is. Plain links, so each
// page has its own address and the browser's back button works.
import Link from "next/link";

export function Pagination({ pagina, paginas, href, label = "Bladeren" }: { pagina: number; paginas: number; href: (pagina: number) => string; label?: string }) {
  if (paginas <= 1) return null;
  const link = "rounded border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center gap-3">
      {pagina > 1 ? (
        <Link href={href(pagina - 1)} className={link} rel="prev">
          Vorige<span className="sr-only"> pagina</span>
        </Link>
      ) : null}
      <span>
        Pagina {pagina} van {paginas}
      </span>
      {pagina < paginas ? (
        <Link href={href(pagina + 1)} className={link} rel="next">
          Volgende<span className="sr-only"> pagina</span>
        </Link>
      ) : null}
    </nav>
  );
}
