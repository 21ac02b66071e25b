// A script that plays the translator: reads an exported XLIFF file and writes a target for every
// unit, by default the English source with a marker before each text ("ES What is …"), keeping
// the markup, links, numbers and placeholders as they are.
import { js2xliff, xliff2js } from 'xliff';

export type Inline = string | Inline[] | { [type: string]: { contents?: Inline; [attribute: string]: unknown } };
export interface XliffJs {
  sourceLanguage: string;
  targetLanguage: string;
  resources: Record<string, Record<string, { source: Inline; target?: Inline; [key: string]: unknown }>>;
}
export type Unit = { source: Inline; target?: Inline };

/** Every text of `value` with `marker` and a space before it (blank texts stay as they are). */
export const marked = (value: Inline, marker: string): Inline => {
  if (typeof value === 'string') return value.trim() === '' ? value : `${marker} ${value}`;
  if (Array.isArray(value)) return value.map((inner) => marked(inner, marker));
  return Object.fromEntries(Object.entries(value).map(([type, element]) => [type, element.contents === undefined ? element : { ...element, contents: marked(element.contents, marker) }]));
};

/** The file with every unit's target written by `edit` (by default, the source marked "ES"). */
export async function translate(xliff: string, edit: (id: string, unit: Unit) => Inline = (_id, unit) => marked(unit.source, 'ES')): Promise<string> {
  const js = (await xliff2js(xliff)) as XliffJs;
  for (const units of Object.values(js.resources)) for (const [id, unit] of Object.entries(units)) unit.target = edit(id, unit);
  return (await js2xliff(js)) as string;
}

/** The ids of the file's units (content and interface messages). */
export const unitIds = async (xliff: string): Promise<string[]> => Object.values(((await xliff2js(xliff)) as XliffJs).resources).flatMap((units) => Object.keys(units));
