export function subresourceIntegrity(base: string): {
  src: string;
  integrity: string;
  importMap: { integrity: Record<string, string> };
};
