/** What the step views may read from and do to the element; keeps views free of element internals. */
import type { Strings } from '../i18n/en.js';
import type { SectionId } from '../core/types.js';

export interface ViewContext {
  /** Translated, placeholder-filled text; `{app}` is always available. */
  t(key: keyof Strings, params?: Record<string, string | number>): string;
  displayName: string;
  groupName: string;
  sections: readonly SectionId[];
  requiredSections: ReadonlySet<SectionId>;
  lifecycleStatuses: readonly string[];
  /** The value whose copy button shows "Copied", if any. */
  copiedValue?: string;
  copy(value: string): void;
}
