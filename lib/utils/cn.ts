import { type ClassValue, clsx } from "clsx";

/**
 * Joins class names, dropping falsy parts. It does NOT resolve Tailwind conflicts (no
 * tailwind-merge: 8.5 kB gzip on every page): two classes for one property both reach the
 * browser, so a component offers a variant or size for each look instead of letting a caller's
 * `className` override its own classes.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
