/** What makes an area for improvement "worsening" (kept free of zod, for the settings' zod/mini schema). */
export const WORSENING = ["direction", "special-cause"] as const;
export type Worsening = (typeof WORSENING)[number];
export const DEFAULT_WORSENING: Worsening = "direction";

export const WORSENING_WORDS: Record<Worsening, string> = {
  direction: "off target and worsening",
  "special-cause": "off target with special cause concerning variation",
};
