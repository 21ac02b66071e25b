// The 19 participating agencies of the Provider Council (shared/seeds/000), in the seed's order.
// The seed gives no websites or descriptions: editors add them in the admin.
import { toSlug } from './slug';

export interface CouncilAgencySeed {
  name: string;
  slug: string;
  order: number;
}

const names = [
  'Aroostook Mental Health Center (AMHC) Sexual Assault Services',
  'Through These Doors',
  'Immigrant Resource Center of Maine',
  'Maine Coalition Against Sexual Assault (staff)',
  'Maine Coalition to End Domestic Violence',
  'New Hope Midcoast',
  'Partners for Peace',
  'Pine Tree Legal Services',
  'Preble Street Anti-Trafficking Services',
  'Rape Response Services',
  'Safe Voices',
  'St Andre Homes/Hope Rising',
  'Sexual Assault Crisis and Support Center',
  'Sexual Assault Forensic Examiner Program',
  'Sexual Assault Prevention and Response Services',
  'Sexual Assault Response Services of Southern Maine',
  'Sexual Assault Support Services of Midcoast Maine',
  'Survivor Speak USA',
  "US Attorney's Office Victim Witness Coordinators",
];

export const councilAgencies: CouncilAgencySeed[] = names.map((name, index) => ({
  name,
  slug: toSlug(name),
  order: index + 1,
}));
