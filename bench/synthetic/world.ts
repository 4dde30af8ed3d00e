/**
 * The invented world the synthetic articles happen in: one state, its agencies, towns, groups and
 * about 1,900 people. Fixed, built by arithmetic from the word lists below, so every seed of
 * `generateArticles` writes about the same cast. Everything here is fiction.
 */

/** An agency or organisation; `acronym` is defined in parentheses on first mention. */
export interface Body {
  name: string;
  acronym: string | null;
  kind: 'agency' | 'organization';
  /** Whether prose puts "the" before the name ("the Port Alder Police Department", "Bellwether Dredging Co."). */
  definite: boolean;
}

export interface Person {
  first: string;
  last: string;
  full: string;
  /** What stands before the name: "Director", "Police Chief", "State Sen."; empty for residents. */
  title: string;
  /** An appositive, `#` standing for the body: "director of #", "a resident of Ferrow Bay". */
  role: string;
  body: Body | null;
  pronoun: 'he' | 'she';
  isSpokesperson: boolean;
}

export interface World {
  state: string;
  people: Person[];
  agencies: Body[];
  organizations: Body[];
  places: string[];
}

const words = (list: string): string[] => list.trim().split(/\s+/);

const FEMALE = words(`Imogen Priya Marisol Carla Delphine Ingrid Teodora Noor Agnes Beatrix Celeste Dorothea Elin Fiona
  Greta Hanna Isolde Johanna Katrin Lena Maren Nadia Odette Petra Rosalind Sabine Tamsin Una Vera Wilhelmina Yara Zelda
  Alma Brigid Cora Daphne Edith Freya Gwen Hedda Iris Juno Kira Lucia Mira Nell Oona Pia Ruth Selma Thea Vivian`);
const MALE = words(`Hollis Curtis Theo Augustin Wendell Gerald Felix Hal Jonah Anders Bram Casimir Dorian Emil Fabian
  Gideon Hugo Ivo Jasper Kai Leopold Magnus Niall Osric Pascal Quentin Rafael Silas Tobias Ulric Viggo Warren Xavier Yusuf
  Zane Alden Benedikt Cyrus Desmond Elias Florian Gunnar Henrik Isak Julian Konrad Lars Mattias Nils Otto Percival`);
const SURNAMES = words(`Halvorsen Lindqvist Brandvold Vandermolen Castellane Teague Pell Farrokh Densmore Sarkissian
  Moskvin Solvang Bergqvist Verhoeven Halloran Aldana Ashdown Bellamy Birkeland Blackwood Brannigan Calloway Carmody
  Castellanos Caulfield Dahlberg Delacroix Devereux Drummond Ebner Eklund Ellingsen Falkner Fairweather Fennimore Forsberg
  Gallagher Garrick Greaves Grimsdottir Gustafson Hagen Hargreave Hartwell Haverford Hedlund Holmgren Hornby Ibarra Ingram
  Jessup Jorgensen Kavanagh Kellerman Kincaid Kowalczyk Lachance Lambrecht Larkspur Lidstrom Lockhart Lundgren Madsen
  Marchetti Marlowe Mayhew McAllister Merriweather Moberly Montague Nakashima Nordquist Norrington Oakes Okonkwo Olafsen
  Ortega Pemberton Pettersen Quill Radcliffe Ravensworth Redfield Rennick Rasmussen Saltonstall Sandoval Schuyler Sefton
  Sinclair Skarsgard Stavros Strand Sutcliffe Szabo Tennant Thorsen Tillman Townsend Trevelyan Underhill Upton Valdivia
  Varga Vashti Wainwright Waverly Weatherby Westergaard Whitcombe Wickersham Winslow Wolcott Yardley Ylvisaker Zamora
  Zellweger Abernathy Achterberg Ballantyne Barrow Beaumont Bjornstad Cardenas Chatterjee Corrigan Crowther Dalca
  Eriksen Espinoza Fitzwilliam Fontaine Gaspard Gilchrist Haldane Hawthorne Ishikawa Jablonski Keane Kristiansen
  Langford Laurent Mbeki Mendelsohn Nygaard Oyelaran Pacheco Penhaligon Quintero Rowntree Salcedo Stenberg Tamura
  Thibodeaux Toller Umberfield Vasquez-Lund Voss Whitlock Wrenfield Yamazaki Zielinski Oduya-Brand Castillo Delgado
  Ferrante Galloway Hendricks Iversen Janssen Kaplan Lindahl Moreau Navarro Osei Petrakis Ruiz Soderberg Takahashi`);

const PLACE_ROOTS = words(`Alder Ferrow Calder Harrow Ashcombe Brannock Corvell Dunmere Eastwick Fenwold Glenmark
  Holloway Ivesdale Juniper Kestrel Larchmont Marrow Northam Oakhurst Pellham Quarry Redwater Sorrel Thistle Umber
  Vellin Wexley Yarrow Zelling Tamsin`);
const PLACE_FORMS = ['Port #', '# Bay', '# Falls', '# Mills', '# Springs', 'North #', '# Crossing', 'Lake #'];

const SUBJECTS = [
  'Coastal Resilience', 'Public Safety', 'Inland Waterways', 'Transportation', 'Public Health', 'Natural Resources',
  'Environmental Quality', 'Emergency Management', 'Water Safety', 'Labor Standards', 'Education', 'Revenue',
  'Corrections', 'Agriculture', 'Energy Planning', 'Veterans Affairs', 'Fish and Wildlife', 'Forestry', 'Parks and Recreation',
  'Consumer Protection', 'Child Services', 'Elections', 'Insurance Oversight', 'Aging Services', 'Ports and Harbors',
  'Mines and Geology', 'Tidal Forecasting', 'Wildfire Prevention', 'Bridge Inspection', 'Rail Safety', 'Broadband Access',
  'Small Business', 'Tourism', 'Highway Maintenance', 'Housing and Community Renewal', 'Land Management', 'Drinking Water',
  'Air Quality', 'Workforce Development', 'Gaming Control', 'Motor Vehicles', 'Historic Preservation', 'Weights and Measures',
  'Dam Safety', 'Food Safety',
];
const AGENCY_FORMS: [string, string][] = [
  ['Department of #', 'Director'], ['Office of #', 'Director'], ['Bureau of #', 'Director'],
  ['# Commission', 'Commissioner'], ['# Administration', 'Administrator'], ['Division of #', 'Director'],
];

const COMPANY_ROOTS = words('Bellwether Kestrel Ironbridge Larkmoor Saltmarsh Greystone Tidewater Foxglove Harbinger Northwind');
const COMPANY_KINDS = ['Dredging Co.', 'Power & Light', 'Construction Group', 'Engineering Corp.', 'Water Company'];
const GROUPS = [
  'Tenants Union', 'Taxpayers Association', 'Conservation League', 'Builders Association', 'Farm Bureau Federation',
  'Nurses Association', 'Chamber of Commerce', 'Civil Liberties Union', 'Fishermen’s Alliance', 'Riverkeepers Society',
];
const OUTLETS = ['The # Ledger', '# Public Radio', 'The # Courier', '# Evening Post', 'The # Sentinel'];

const acronymOf = (name: string): string =>
  name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');

/** The fixed world; cheap to build, so callers need not cache it. */
export function createWorld(): World {
  const state = 'Westmarch';
  const places = PLACE_ROOTS.flatMap((root, i) => [0, 4].map((shift) => PLACE_FORMS[(i + shift) % PLACE_FORMS.length]!.replace('#', root)));
  const agencies = createAgencies(places);
  const organizations = createOrganizations(state, places);
  return { state, people: createPeople(state, places, agencies, organizations), agencies, organizations, places };
}

function createAgencies(places: string[]): Body[] {
  const agencies: Body[] = [];
  const taken = new Set<string>();
  for (let k = 0; agencies.length < 130 && k < SUBJECTS.length * AGENCY_FORMS.length; k++) {
    const subject = SUBJECTS[k % SUBJECTS.length]!;
    const [form] = AGENCY_FORMS[(k + Math.floor(k / SUBJECTS.length) * 2) % AGENCY_FORMS.length]!;
    const name = form.replace('#', subject);
    const acronym = acronymOf(name);
    if (taken.has(acronym) || acronym.length < 2) continue;
    taken.add(acronym);
    agencies.push({ name, acronym, kind: 'agency', definite: true });
  }
  for (const place of places.slice(0, 12)) {
    agencies.push({ name: `${place} Police Department`, acronym: `${acronymOf(place)}PD`, kind: 'agency', definite: true });
    agencies.push({ name: `${place} Housing Authority`, acronym: `${acronymOf(place)}HA`, kind: 'agency', definite: true });
  }
  for (const place of places.slice(0, 6)) {
    agencies.push({ name: `${place} City Council`, acronym: null, kind: 'agency', definite: true });
  }
  return agencies;
}

function createOrganizations(state: string, places: string[]): Body[] {
  const organizations: Body[] = [];
  for (let i = 0; i < 15; i++) {
    organizations.push({ name: `${COMPANY_ROOTS[i % 10]} ${COMPANY_KINDS[(i + Math.floor(i / 10)) % 5]}`, acronym: null, kind: 'organization', definite: false });
  }
  for (const [i, group] of GROUPS.entries()) {
    const name = `${i % 2 === 0 ? state : places[i]} ${group}`;
    organizations.push({ name, acronym: acronymOf(name), kind: 'organization', definite: true });
  }
  for (let i = 0; i < 15; i++) {
    const name = OUTLETS[i % OUTLETS.length]!.replace('#', i < 5 ? state : places[i]!.replace(/^(Port|North|Lake) /, ''));
    organizations.push({ name: name.replace(/^The /, ''), acronym: null, kind: 'organization', definite: name.startsWith('The ') });
  }
  return organizations;
}

/** Roles in order of prominence: the order is the popularity rank the generator samples by. */
function createRoles(state: string, places: string[], agencies: Body[], organizations: Body[]) {
  type Role = Pick<Person, 'title' | 'role' | 'body' | 'isSpokesperson'>;
  const roles: Role[] = [
    { title: 'Governor', role: `governor of ${state}`, body: null, isSpokesperson: false },
    { title: 'Lt. Gov.', role: `lieutenant governor of ${state}`, body: null, isSpokesperson: false },
    { title: 'Attorney General', role: `${state}’s attorney general`, body: null, isSpokesperson: false },
  ];
  for (const agency of agencies) {
    const head = agency.name.includes('Police') ? 'Police Chief' : agency.name.includes('Council') ? 'Council President'
      : (AGENCY_FORMS.find(([form]) => agency.name.startsWith(form.replace(' #', '')) || agency.name.endsWith(form.replace('# ', '')))?.[1] ?? 'Executive Director');
    roles.push({ title: head, role: `${head.toLowerCase()} of #`, body: agency, isSpokesperson: false });
  }
  for (const place of places) roles.push({ title: 'Mayor', role: `mayor of ${place}`, body: null, isSpokesperson: false });
  for (const body of [...agencies, ...organizations]) {
    roles.push({ title: '', role: `a spokesperson for #`, body, isSpokesperson: true });
  }
  for (const org of organizations) {
    const head = org.definite ? 'Executive Director' : 'Chief Executive';
    roles.push({ title: '', role: `${head.toLowerCase()} of #`, body: org, isSpokesperson: false });
  }
  for (let i = 0; i < 40; i++) roles.push({ title: 'State Sen.', role: `a state senator from ${places[i]}`, body: null, isSpokesperson: false });
  for (const agency of agencies) {
    roles.push({ title: 'Deputy Director', role: `deputy director of #`, body: agency, isSpokesperson: false });
  }
  for (let i = 0; i < 120; i++) roles.push({ title: 'Council Member', role: `a ${places[i % places.length]} council member`, body: null, isSpokesperson: false });
  for (let i = 0; roles.length < 1900; i++) {
    roles.push({ title: '', role: `a resident of ${places[(i * 7) % places.length]}`, body: null, isSpokesperson: false });
  }
  return roles;
}

function createPeople(state: string, places: string[], agencies: Body[], organizations: Body[]): Person[] {
  const roles = createRoles(state, places, agencies, organizations);
  const firsts = [...FEMALE, ...MALE];
  const seen = new Set<string>();
  const people: Person[] = [];
  for (let k = 0; people.length < roles.length; k++) {
    const first = firsts[(k * 7) % firsts.length]!;
    const last = SURNAMES[(k * 11 + Math.floor(k / SURNAMES.length)) % SURNAMES.length]!;
    const full = `${first} ${last}`;
    if (seen.has(full)) continue;
    seen.add(full);
    const pronoun = (k * 7) % firsts.length < FEMALE.length ? 'she' : 'he';
    people.push({ first, last, full, pronoun, ...roles[people.length]! });
  }
  return people;
}
