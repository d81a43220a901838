/** Messages between the page and the ELK layout worker. */
export interface LayoutRequest {
  readonly id: number;
  readonly nodes: readonly { readonly id: string; readonly width: number; readonly height: number }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
}

export type LayoutResponse =
  | { readonly id: number; readonly ok: true; readonly positions: Record<string, { x: number; y: number }> }
  | { readonly id: number; readonly ok: false; readonly error: string };
