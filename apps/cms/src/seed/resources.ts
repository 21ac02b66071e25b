// One resource for each resource the seed text names (shared/seeds/000 "Our efforts include",
// and the FAQ answers). The seeds give no links, so every `url` starts empty: editors add the link
// or upload a file in the admin, and the site shows the entry without a link until then.
import { toSlug } from './slug';

export type ResourceCategory =
  | 'statutes'
  | 'outreachMaterials'
  | 'modelPoliciesAndProtocols'
  | 'screeningTools'
  | 'videoSeries'
  | 'newsletter'
  | 'training'
  | 'localMultidisciplinaryTeams'
  | 'maineAntiTraffickingEfforts'
  | 'supportFund';

export interface ResourceSeed {
  title: string;
  slug: string;
  summary: string;
  category: ResourceCategory;
  order: number;
}

const entries: Omit<ResourceSeed, 'slug' | 'order'>[] = [
  {
    title: 'Maine and national trafficking statutes',
    category: 'statutes',
    summary: 'Maine and national statutes related to trafficking.',
  },
  {
    title: 'Outreach materials',
    category: 'outreachMaterials',
    summary: 'Materials to share with schools, places of worship, service providers and law enforcement.',
  },
  {
    title: 'Model policies and protocols',
    category: 'modelPoliciesAndProtocols',
    summary: 'Model policies and protocols for agencies responding to trafficking.',
  },
  {
    title: 'Shared screening tools',
    category: 'screeningTools',
    summary: 'Screening tools shared among anti-trafficking providers.',
  },
  {
    title: 'Maine STEN sex trafficking video series',
    category: 'videoSeries',
    summary: 'A video series on sex trafficking from Maine STEN.',
  },
  {
    title: 'Maine STEN e-newsletter',
    category: 'newsletter',
    summary: 'A quarterly emailed newsletter for anti-trafficking providers.',
  },
  {
    title: 'Training and technical assistance',
    category: 'training',
    summary: 'Training for local anti-trafficking efforts, direct service providers and multidisciplinary teams.',
  },
  {
    title: 'My Life My Choice curriculum',
    category: 'training',
    summary: 'An education-based prevention curriculum for at-risk youth, led by trained facilitators.',
  },
  {
    title: 'Local anti-trafficking multidisciplinary teams',
    category: 'localMultidisciplinaryTeams',
    summary: 'Local teams that coordinate victim-centered, trauma-informed services.',
  },
  {
    title: 'Maine anti-trafficking efforts',
    category: 'maineAntiTraffickingEfforts',
    summary: 'Links to anti-trafficking efforts across Maine.',
  },
  {
    title: 'Maine human trafficking needs assessment',
    category: 'maineAntiTraffickingEfforts',
    summary: 'The first statewide assessment of human trafficking in Maine.',
  },
  {
    title: 'Survivor Support Fund',
    category: 'supportFund',
    summary: 'A fund coordinated by MECASA that supports survivors of trafficking.',
  },
];

export const resources: ResourceSeed[] = entries.map((entry, index) => ({
  ...entry,
  slug: toSlug(entry.title),
  order: index + 1,
}));
