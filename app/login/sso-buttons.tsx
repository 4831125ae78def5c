"use client";

import { ActionForm } from "@/components/ui/action-form";
import { ssoSignInAction } from "./actions";

/** One button per configured identity provider. */
export function SsoButtons({ providers }: { providers: { id: string; naam: string }[] }) {
  return (
    <div className="space-y-2">
      {providers.map((p) => (
        <ActionForm key={p.id} id={`sso-${p.id}`} action={ssoSignInAction} knop={`Aanmelden met ${p.naam}`} variant="rand" verborgen={{ provider: p.id }} className="">
          {() => null}
        </ActionForm>
      ))}
    </div>
  );
}
