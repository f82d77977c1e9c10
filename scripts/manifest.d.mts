/** Custom Elements Manifest shapes this repo reads (subset of the schema, plus our `errorCodes`). */
export interface ManifestItem {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
export interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: ManifestItem[];
  return?: { type?: { text: string } };
}
export interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}
export interface ElementDeclaration extends ManifestItem {
  kind: 'class';
  tagName: string;
  customElement: true;
  summary?: string;
  members: ManifestMember[];
  attributes: ManifestAttribute[];
  events: ManifestItem[];
  slots: ManifestItem[];
  cssParts: ManifestItem[];
  cssProperties: ManifestItem[];
  errorCodes?: ManifestItem[];
}
export interface Manifest {
  schemaVersion: string;
  modules: {
    kind: 'javascript-module';
    path: string;
    declarations?: (ElementDeclaration | { kind: string; name: string })[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}
export const root: string;
export const manifestPath: string;
export function generateManifest(): Promise<Manifest>;
export function elementDeclaration(manifest: Manifest): ElementDeclaration;
