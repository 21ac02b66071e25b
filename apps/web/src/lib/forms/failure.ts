import type { FormName } from './fields';
import type { Errors, Values } from './validate';

/** What a refused post hands back to its page (SvelteKit's `form` prop): nothing is lost. */
export interface FormFailure {
  form: FormName;
  values: Values;
  errors: Errors;
  /** The CMS could not take it just now; the visitor can send it again as it is. */
  unavailable?: boolean;
  /** The page was open longer than a start token lasts: nothing was sent; it comes back to send again. */
  expired?: boolean;
}
