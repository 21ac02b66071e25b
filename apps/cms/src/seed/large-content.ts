// Made-up content at ten times the seed's volume, for measuring the CMS and the site as the
// directory grows (`pnpm seed:large`, never run by default: src/seed/large.ts writes it). Every
// entry's slug starts with `large-`, so it is told apart from real content and written only once.
// Made from its index alone (no randomness): every run makes the same entries. No phone number of
// the hotline is written anywhere: agencies get made-up numbers from the 555-01xx range reserved for
// fiction, and texts name no number at all.
import { bulletList, paragraph, type Blocks } from './blocks';
import type { ResourceCategory } from './resources';
import { toSlug } from './slug';

export const LARGE_PREFIX = 'large-';
/** How many of each the large content adds. */
export const LARGE_COUNTS = { agencies: 200, resources: 500, faqs: 100, pages: 60 } as const;
/** The languages every entry is published in besides English. */
export const LARGE_TRANSLATIONS = ['es', 'fr'] as const;
export type LargeLocale = (typeof LARGE_TRANSLATIONS)[number];

type County =
  | 'Androscoggin' | 'Aroostook' | 'Cumberland' | 'Franklin' | 'Hancock' | 'Kennebec' | 'Knox' | 'Lincoln'
  | 'Oxford' | 'Penobscot' | 'Piscataquis' | 'Sagadahoc' | 'Somerset' | 'Waldo' | 'Washington' | 'York';
type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** Towns with their county and ZIP code, for names and addresses. */
const TOWNS: { town: string; county: County; zip: string }[] = [
  { town: 'Portland', county: 'Cumberland', zip: '04101' },
  { town: 'Lewiston', county: 'Androscoggin', zip: '04240' },
  { town: 'Bangor', county: 'Penobscot', zip: '04401' },
  { town: 'South Portland', county: 'Cumberland', zip: '04106' },
  { town: 'Auburn', county: 'Androscoggin', zip: '04210' },
  { town: 'Biddeford', county: 'York', zip: '04005' },
  { town: 'Sanford', county: 'York', zip: '04073' },
  { town: 'Augusta', county: 'Kennebec', zip: '04330' },
  { town: 'Saco', county: 'York', zip: '04072' },
  { town: 'Westbrook', county: 'Cumberland', zip: '04092' },
  { town: 'Waterville', county: 'Kennebec', zip: '04901' },
  { town: 'Brunswick', county: 'Cumberland', zip: '04011' },
  { town: 'Presque Isle', county: 'Aroostook', zip: '04769' },
  { town: 'Caribou', county: 'Aroostook', zip: '04736' },
  { town: 'Ellsworth', county: 'Hancock', zip: '04605' },
  { town: 'Rockland', county: 'Knox', zip: '04841' },
  { town: 'Belfast', county: 'Waldo', zip: '04915' },
  { town: 'Bath', county: 'Sagadahoc', zip: '04530' },
  { town: 'Skowhegan', county: 'Somerset', zip: '04976' },
  { town: 'Farmington', county: 'Franklin', zip: '04938' },
  { town: 'Dover-Foxcroft', county: 'Piscataquis', zip: '04426' },
  { town: 'Machias', county: 'Washington', zip: '04654' },
  { town: 'Damariscotta', county: 'Lincoln', zip: '04543' },
  { town: 'Norway', county: 'Oxford', zip: '04268' },
  { town: 'Houlton', county: 'Aroostook', zip: '04730' },
];

const KINDS = [
  'Survivor Advocacy Center',
  'Family Crisis Services',
  'Community Legal Clinic',
  'Youth Outreach Project',
  'Safe Housing Network',
  'Health Access Partnership',
  'Immigrant Support Collaborative',
  'Victim Witness Program',
];

const SERVICES: { name: string; description: string; howToApply: string }[] = [
  { name: 'Crisis support', description: 'Someone to talk to, day or night, about what is happening and what comes next.', howToApply: 'Call or write; no referral is needed.' },
  { name: 'Legal advocacy', description: 'Help with protection orders, court dates and talking with the police.', howToApply: 'Ask for an advocate when you call.' },
  { name: 'Emergency shelter', description: 'A safe place to stay for a few nights while a longer plan is made.', howToApply: 'Call the office; staff check availability the same day.' },
  { name: 'Case management', description: 'One worker who helps with housing, benefits, health care and work.', howToApply: 'A referring worker or the person can ask for an intake meeting.' },
  { name: 'Support groups', description: 'Weekly groups led by trained facilitators, in person and online.', howToApply: 'Write to the office to join the next group.' },
  { name: 'Court accompaniment', description: 'An advocate goes to hearings with the person and explains each step.', howToApply: 'Ask at least a week before the hearing.' },
  { name: 'Medical advocacy', description: 'Support at the hospital or clinic, including forensic exams.', howToApply: 'Hospital staff can call an advocate to come in.' },
  { name: 'Immigration help', description: 'Information on visas for victims of crime and referrals to attorneys.', howToApply: 'Ask for the immigration advocate.' },
  { name: 'Housing assistance', description: 'Help finding and keeping safe, affordable housing.', howToApply: 'Call to ask for a housing advocate.' },
  { name: 'Training for professionals', description: 'Workshops on recognizing and responding to exploitation.', howToApply: 'Write with the date, audience and place you have in mind.' },
];

const LANGUAGES = [
  { name: 'Spanish', code: 'es' },
  { name: 'French', code: 'fr' },
  { name: 'Somali', code: 'so' },
  { name: 'Arabic', code: 'ar' },
  { name: 'Portuguese', code: 'pt' },
];

const STREETS = ['Main Street', 'State Street', 'Water Street', 'Elm Street', 'Congress Street', 'High Street', 'Pleasant Street', 'Union Street'];
const STATUSES: ServiceStatus[] = ['active', 'active', 'active', 'active', 'active', 'active', 'temporarily closed', 'inactive'];

const CATEGORIES: ResourceCategory[] = [
  'statutes',
  'outreachMaterials',
  'modelPoliciesAndProtocols',
  'screeningTools',
  'videoSeries',
  'newsletter',
  'training',
  'localMultidisciplinaryTeams',
  'maineAntiTraffickingEfforts',
  'supportFund',
];
const RESOURCE_KINDS = ['Guide', 'Fact sheet', 'Checklist', 'Training video', 'Model protocol', 'Poster', 'Report', 'Toolkit'];
const AUDIENCES = ['school staff', 'health care providers', 'law enforcement', 'faith communities', 'employers', 'youth workers', 'shelter staff', 'families'];
const TOPICS = ['labor trafficking', 'online exploitation', 'safety planning', 'trauma-informed care', 'screening for trafficking', 'survivor leadership', 'housing first', 'rural outreach', 'data sharing', 'working with interpreters'];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;
const number3 = (index: number) => String(index).padStart(3, '0');

/** The same text in another language: the English with the language's marker (volume and shape are what matter here). */
export const marked = (locale: LargeLocale, text: string) => `[${locale}] ${text}`;

export interface LargeService {
  name: string;
  description: string;
  status: ServiceStatus;
  counties: { county: County }[];
  howToApply: string;
}

export interface LargeAgency {
  name: string;
  slug: string;
  order: number;
  description: string;
  website: string;
  email: string;
  phone: string;
  address: { street: string; city: string; state: string; postalCode: string };
  counties: { county: County }[];
  languages: { name: string; code: string }[];
  services: LargeService[];
}

export function largeAgency(index: number): LargeAgency {
  const home = pick(TOWNS, index);
  // Each town with each kind once (25 × 8), then again with a number: names are unique, as the CMS requires.
  const turn = Math.floor(index / TOWNS.length);
  const round = Math.floor(index / (TOWNS.length * KINDS.length));
  const name = `${home.town} ${pick(KINDS, turn + (index % TOWNS.length))}${round > 0 ? ` ${round + 1}` : ''}`;
  const slug = `${LARGE_PREFIX}${toSlug(name)}-${number3(index + 1)}`;
  const counties = [home.county, pick(TOWNS, index + 3).county, pick(TOWNS, index + 7).county]
    .slice(0, 1 + (index % 3))
    .filter((county, at, all) => all.indexOf(county) === at)
    .map((county) => ({ county }));
  const services = Array.from({ length: 2 + (index % 5) }, (_, at): LargeService => {
    const service = pick(SERVICES, index + at * 3);
    return {
      ...service,
      status: pick(STATUSES, index + at),
      // Most services are offered where the agency works; some name counties of their own.
      counties: at % 3 === 2 ? [{ county: pick(TOWNS, index + at).county }] : [],
    };
  });
  return {
    name,
    slug,
    order: 1000 + index,
    description: `${name} serves people in ${home.county} County who have experienced sex trafficking or exploitation, with ${services
      .map((service) => service.name.toLowerCase())
      .join(', ')}. Made-up test content.`,
    website: `https://${slug}.example.org/`,
    email: `intake@${slug}.example.org`,
    // Fiction's numbers: 207-555-0100 to 207-555-0199 are never anyone's, and never the hotline's.
    phone: `207-555-01${String(index % 100).padStart(2, '0')}`,
    address: { street: `${10 + ((index * 37) % 890)} ${pick(STREETS, index)}`, city: home.town, state: 'ME', postalCode: home.zip },
    counties,
    languages: [{ name: 'English', code: 'en' }, ...(index % 4 === 0 ? [] : [pick(LANGUAGES, index)])],
    services,
  };
}

/** An agency's texts in another language: the description and its services (as many as the English, in the same order). */
export function largeAgencyIn(locale: LargeLocale, agency: LargeAgency) {
  return {
    description: marked(locale, agency.description),
    services: agency.services.map((service) => ({
      ...service,
      name: marked(locale, service.name),
      description: marked(locale, service.description),
      howToApply: marked(locale, service.howToApply),
    })),
  };
}

export interface LargeResource {
  title: string;
  slug: string;
  summary: string;
  url: string;
  category: ResourceCategory;
  order: number;
}

export function largeResource(index: number): LargeResource {
  const kind = pick(RESOURCE_KINDS, index);
  const topic = pick(TOPICS, Math.floor(index / RESOURCE_KINDS.length));
  const audience = pick(AUDIENCES, index + Math.floor(index / TOPICS.length));
  const title = `${kind} on ${topic} for ${audience} (${number3(index + 1)})`;
  const slug = `${LARGE_PREFIX}resource-${number3(index + 1)}`;
  return {
    title,
    slug,
    summary: `A ${kind.toLowerCase()} that helps ${audience} with ${topic}. Made-up test content.`,
    url: `https://resources.example.org/${slug}`,
    category: pick(CATEGORIES, index),
    order: 1000 + index,
  };
}

export const largeResourceIn = (locale: LargeLocale, resource: LargeResource) => ({
  title: marked(locale, resource.title),
  summary: marked(locale, resource.summary),
});

export interface LargeFaq {
  question: string;
  slug: string;
  answer: Blocks;
  order: number;
}

export function largeFaq(index: number): LargeFaq {
  const topic = pick(TOPICS, index);
  const audience = pick(AUDIENCES, index + Math.floor(index / TOPICS.length));
  const question = `How can ${audience} help with ${topic}? (${number3(index + 1)})`;
  return {
    question,
    slug: `${LARGE_PREFIX}faq-${number3(index + 1)}`,
    order: 1000 + index,
    answer: [
      paragraph(`${audience[0]!.toUpperCase()}${audience.slice(1)} are often the first to notice signs of ${topic}. Training helps them respond safely.`),
      bulletList(['Listen without judging.', 'Ask what the person needs right now.', 'Offer the hotline and a local agency.']),
      paragraph('Made-up test content.'),
    ],
  };
}

/** A rich-text answer in another language: each text node marked, the structure kept. */
export function markedBlocks(locale: LargeLocale, blocks: Blocks): Blocks {
  return blocks.map((block) =>
    block.type === 'paragraph'
      ? { ...block, children: block.children.map((node) => (node.type === 'text' ? { ...node, text: marked(locale, node.text) } : node)) }
      : { ...block, children: block.children.map((item) => ({ ...item, children: item.children.map((node) => (node.type === 'text' ? { ...node, text: marked(locale, node.text) } : node)) })) },
  );
}

export const largeFaqIn = (locale: LargeLocale, faq: LargeFaq) => ({ question: marked(locale, faq.question), answer: markedBlocks(locale, faq.answer) });

interface TextSection {
  __component: 'sections.rich-text';
  heading: string;
  body: Blocks;
}
interface ListSection {
  __component: 'sections.bulleted-list';
  heading: string;
  intro: string;
  items: { text: string }[];
}
interface CalloutSection {
  __component: 'sections.callout';
  heading: string;
  text: string;
  tone: 'info' | 'important';
}
/** The site shows the hotline's number from Site settings: the section itself holds none. */
interface HotlineSection {
  __component: 'sections.hotline';
  heading: string;
}
export type LargeSection = TextSection | ListSection | CalloutSection | HotlineSection;

export interface LargePage {
  title: string;
  slug: string;
  summary: string;
  order: number;
  showInNavigation: boolean;
  showInFooter: boolean;
  body: LargeSection[];
}

export function largePage(index: number): LargePage {
  const topic = pick(TOPICS, index);
  const title = `${topic[0]!.toUpperCase()}${topic.slice(1)} in ${pick(TOWNS, index).town} (${number3(index + 1)})`;
  const body: LargeSection[] = [
    {
      __component: 'sections.rich-text',
      heading: 'What this is about',
      body: [
        paragraph(`This page gathers what providers in ${pick(TOWNS, index).county} County know about ${topic}.`),
        paragraph('It is made-up test content, written to give the site as many pages as a grown directory would have.'),
      ],
    },
    {
      __component: 'sections.bulleted-list',
      heading: 'Where to start',
      intro: 'Three first steps:',
      items: [{ text: `Read the ${pick(RESOURCE_KINDS, index).toLowerCase()} on ${topic}.` }, { text: 'Talk with a local agency.' }, { text: 'Ask for training for your team.' }],
    },
    { __component: 'sections.callout', heading: 'Good to know', text: 'Services are free and confidential.', tone: index % 2 === 0 ? 'info' : 'important' },
  ];
  if (index % 3 === 0) body.push({ __component: 'sections.hotline', heading: 'Talk to someone now' });
  return {
    title,
    slug: `${LARGE_PREFIX}page-${number3(index + 1)}`,
    summary: `What providers know about ${topic}, and where to start. Made-up test content.`,
    order: 1000 + index,
    // Reached from the sitemap and search, as most pages of a grown site are: not sixty more links in the menu.
    showInNavigation: false,
    showInFooter: false,
    body,
  };
}

export function largePageIn(locale: LargeLocale, page: LargePage) {
  return {
    title: marked(locale, page.title),
    summary: marked(locale, page.summary),
    body: page.body.map((section): LargeSection => {
      switch (section.__component) {
        case 'sections.rich-text':
          return { ...section, heading: marked(locale, section.heading), body: markedBlocks(locale, section.body) };
        case 'sections.bulleted-list':
          return { ...section, heading: marked(locale, section.heading), intro: marked(locale, section.intro), items: section.items.map(({ text }) => ({ text: marked(locale, text) })) };
        case 'sections.callout':
          return { ...section, heading: marked(locale, section.heading), text: marked(locale, section.text) };
        case 'sections.hotline':
          return { ...section, heading: marked(locale, section.heading) };
      }
    }),
  };
}
