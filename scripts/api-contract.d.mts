export interface ApiContract {
  attributes: { name: string; property: string }[];
  properties: { name: string; readonly: boolean }[];
  methods: string[];
  events: string[];
  errorCodes: string[];
  cssProperties: string[];
  parts: string[];
  slots: string[];
}
export const apiMdPath: string;
export const fixturePath: string;
export function parseApiContract(markdown: string): ApiContract;
export function readFixture(): ApiContract;
