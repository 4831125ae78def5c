"use client";

// The confirmation on the page a successful form led to. It takes keyboard focus when it appears,
// so that a screen reader reads it and the next Tab starts from it, not from the top of the body.
import { useEffect, useRef } from "react";
import { Alert } from "./alert";

export function Confirmation({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert tone="gelukt" className={className} focusable ref={ref}>
      {children}
    </Alert>
  );
}
