/**
 * Word lists for the synthetic news corpus: general news vocabulary by part of speech (roughly in
 * order of frequency: the generator draws them Zipf-wise), subject clusters that keep one story's
 * words coherent, countries with cities, names by region with the transliteration variants that
 * real outlets disagree on, organisations, outlets and news agencies. Hand-written, so the corpus
 * needs no download.
 */

const list = (s: string): string[] => s.trim().split(/\s+/);

/** Common news nouns, most frequent first. Plurals are formed by `plural`. */
export const NOUNS = list(`
government official country people year week month day minister president leader state city region
talks meeting plan report statement party election security force police army border trade economy
deal agreement company market price policy law court decision visit group talks spokesman support
official investment project program budget crisis conflict attack cooperation relationship issue
situation process effort move step measure proposal demand pressure concern warning threat opposition
parliament committee council agency ministry department office summit delegation mission embassy
relation partnership alliance sanction reform investigation inquiry allegation charge scandal
arrest sentence appeal evidence witness interview document letter request tension dispute row
deadline target goal record figure number percent data survey poll result study technology network
system platform service industry firm bank investor share currency debt loan fund aid grant sector
business factory plant worker job wage union strike protest rally demonstration crowd officer soldier
troop militant fighter rebel ceasefire war violence emergency disaster flood earthquake storm drought
fire heat climate weather rain crop harvest farmer food water energy oil gas pipeline power
electricity grid coal reactor fuel supply demand shortage hospital doctor patient health disease
outbreak vaccine virus death school student teacher university education child family woman man
resident citizen voter candidate coalition majority minority lawmaker analyst expert adviser diplomat
ambassador envoy airport flight airline passenger train railway road bridge port ship vessel cargo
container route highway construction infrastructure housing property land territory island coast
river dam lake forest mountain valley area site zone camp refugee migrant convoy team match player
coach tournament championship league season game title final cup medal athlete stadium fan club
capital province district village town neighbourhood province headquarters facility warehouse
shipment contract tender bid auction subsidy tariff quota levy revenue profit loss deficit surplus
growth inflation recession unemployment pension welfare insurance salary bonus consumer customer
retailer supplier producer exporter importer manufacturer operator regulator watchdog authority
commission tribunal panel board chairman director executive founder owner partner rival critic
supporter activist campaigner protester victim survivor suspect prisoner detainee hostage
negotiator mediator observer monitor inspector auditor prosecutor judge lawyer defendant jury
verdict ruling hearing trial case clause amendment bill act constitution referendum ballot campaign
`);

/** Plurals that do not follow the -s / -es / -ies rules. */
const IRREGULAR_PLURALS: Record<string, string> = {
  child: 'children',
  man: 'men',
  woman: 'women',
  people: 'people',
  person: 'people',
  data: 'data',
  headquarters: 'headquarters',
  percent: 'percent',
  chairman: 'chairmen',
  spokesman: 'spokesmen',
};

export function plural(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Verbs as base|past (past participle where it differs: base|past|participle). */
export const VERBS = list(`
announce agree approve reject criticize warn urge call plan expect launch sign meet|met visit
hold|held discuss cancel postpone delay raise cut|cut increase reduce boost rise|rose|risen
fall|fell|fallen grow|grew|grown build|built open close arrest charge accuse deny confirm report
reveal investigate suspend resume restore deploy withdraw|withdrew|withdrawn attack injure evacuate
rescue demand pledge promise vote elect appoint resign replace ban allow block support oppose back
fund invest buy|bought sell|sold export import negotiate extend renew review release publish seize
strike|struck hit|hit damage destroy win|won lose|lost beat|beat|beaten lead|led host join
leave|left return arrive travel send|sent receive reach face seek|sought welcome condemn praise blame
target threaten secure ensure improve expand limit control manage prepare complete start
begin|began|begun end mark celebrate honour mourn propose unveil outline draft adopt ratify
implement enforce tighten ease lift impose collect transfer offer accept refuse question challenge
defend protect monitor inspect assess estimate forecast predict record register stabilise recover
`).map((entry) => {
  const [base, past, participle] = entry.split('|') as [string, string?, string?];
  const regular = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou][aeiou][bdgmnpt]$/.test(base) && base.length <= 4
      ? `${base}${base.at(-1)}ed`
      : /[^aeiou]y$/.test(base)
        ? `${base.slice(0, -1)}ied`
        : `${base}ed`;
  const p = past ?? (base === 'cancel' ? 'cancelled' : regular);
  return { base, past: p, participle: participle ?? p, third: thirdPerson(base) };
});

export type Verb = (typeof VERBS)[number];

function thirdPerson(base: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

export const ADJECTIVES = list(`
new former senior top local national international regional foreign domestic military political
economic financial diplomatic strategic key major large small big growing rising falling strong weak
early late recent previous annual public private official independent joint bilateral global nuclear
civil legal illegal armed peaceful violent deadly serious severe heavy sharp modest significant
important critical crucial urgent immediate long short brief high low record historic controversial
unprecedented possible likely unlikely clear formal informal special general deputy acting interim
northern southern eastern western central coastal rural urban remote poor wealthy young elderly
fresh further additional separate renewed stalled ambitious cautious fragile stable volatile
sweeping limited partial temporary permanent initial detailed broad narrow tough bitter heated
`);

export const ADVERBS = list(`
also still already again recently quickly sharply slightly largely publicly privately reportedly
officially jointly formally initially eventually increasingly widely strongly repeatedly
`);

export const PREPOSITIONS = list(`in on at with from for during after before across near against
between over under amid despite following ahead of`);

export const TIME_REFERENCES = [
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'on Thursday',
  'on Friday',
  'on Saturday',
  'on Sunday',
  'last week',
  'this week',
  'earlier this month',
  'last month',
  'next month',
  'later this year',
  'last year',
  'in recent weeks',
  'in recent months',
  'by the end of the year',
  'over the weekend',
  'within days',
];

/**
 * Subjects: each story belongs to one, so its words recur through the article the way a real
 * story's do. Terms may be phrases; `events` are what happens in such a story.
 */
export interface Cluster {
  name: string;
  terms: string[];
  events: string[];
  orgs: string[];
}

export const CLUSTERS: Cluster[] = [
  {
    name: 'energy',
    terms: list(`gas pipeline oil refinery reactor electricity grid tariff terminal exploration drilling
      barrel output supply shortage turbine coal fuel LNG kilowatt outage subsidy well field`),
    events: [
      'gas pipeline deal',
      'fuel price increase',
      'power outage',
      'oil field auction',
      'refinery expansion',
    ],
    orgs: ['Gazprom', 'OPEC', 'International Energy Agency', 'state oil company', 'power regulator'],
  },
  {
    name: 'security',
    terms: list(`army troops militants insurgents ceasefire drone airstrike border patrol checkpoint
      bombing explosion soldiers commander garrison offensive operation defence weapons missiles
      artillery counterterrorism intelligence`),
    events: [
      'border clash',
      'military exercise',
      'defence cooperation pact',
      'drone strike',
      'security operation',
    ],
    orgs: ['NATO', 'defence ministry', 'army headquarters', 'Interpol', 'intelligence service'],
  },
  {
    name: 'diplomacy',
    terms: list(`talks summit visit delegation envoy ambassador embassy treaty agreement cooperation
      relations ties dialogue memorandum sanctions negotiations consulate foreign protocol`),
    events: ['state visit', 'summit meeting', 'peace talks', 'reset of ties', 'trade agreement'],
    orgs: [
      'United Nations',
      'foreign ministry',
      'European Union',
      'African Union',
      'Shanghai Cooperation Organisation',
    ],
  },
  {
    name: 'economy',
    terms: list(`inflation growth budget deficit tax tariff exports imports investment currency
      interest rate loan debt bonds stocks recession unemployment reserves remittances bailout`),
    events: [
      'interest rate decision',
      'budget announcement',
      'bailout package',
      'currency slide',
      'tax reform',
    ],
    orgs: [
      'International Monetary Fund',
      'World Bank',
      'central bank',
      'finance ministry',
      'Asian Development Bank',
    ],
  },
  {
    name: 'politics',
    terms: list(`election vote parliament coalition opposition party campaign candidate ballot
      referendum constitution cabinet reshuffle impeachment rally turnout manifesto senate`),
    events: [
      'general election',
      'cabinet reshuffle',
      'no-confidence vote',
      'constitutional referendum',
      'party congress',
    ],
    orgs: ['election commission', 'ruling party', 'opposition alliance', 'supreme court', 'parliament'],
  },
  {
    name: 'health',
    terms: list(`hospital vaccine outbreak virus infections doctors patients clinic epidemic treatment
      cholera measles malaria vaccination nurses medicine quarantine`),
    events: ['cholera outbreak', 'vaccination drive', 'hospital strike', 'measles epidemic', 'drug shortage'],
    orgs: ['World Health Organization', 'health ministry', 'Red Cross', 'Doctors Without Borders', 'UNICEF'],
  },
  {
    name: 'disaster',
    terms: list(`flood earthquake storm cyclone drought heatwave wildfire rainfall evacuation relief
      victims rescue monsoon landslide shelters tremor aftershock`),
    events: ['monsoon floods', 'earthquake', 'cyclone landfall', 'wildfire', 'drought emergency'],
    orgs: [
      'disaster management authority',
      'Red Crescent',
      'World Food Programme',
      'meteorological department',
      'UNHCR',
    ],
  },
  {
    name: 'justice',
    terms: list(`court judge trial verdict ruling appeal prosecutor lawyer charges corruption fraud bail
      sentence acquittal investigation testimony indictment hearing`),
    events: [
      'corruption trial',
      'supreme court ruling',
      'fraud investigation',
      'bail hearing',
      'extradition case',
    ],
    orgs: [
      'supreme court',
      'anti-corruption bureau',
      'bar council',
      'Amnesty International',
      'Human Rights Watch',
    ],
  },
  {
    name: 'technology',
    terms: list(`satellite launch network internet startup software data cybersecurity hackers telecom
      broadband chip semiconductor spectrum smartphone servers encryption`),
    events: [
      'satellite launch',
      'cyber attack',
      'spectrum auction',
      'chip plant investment',
      'internet shutdown',
    ],
    orgs: [
      'space agency',
      'telecom regulator',
      'technology ministry',
      'cybersecurity agency',
      'state broadcaster',
    ],
  },
  {
    name: 'transport',
    terms: list(`railway airport flights airline highway bridge port shipping cargo freight corridor metro
      terminal runway tolls trucks`),
    events: [
      'rail corridor project',
      'airport expansion',
      'port strike',
      'highway collapse',
      'airline merger',
    ],
    orgs: [
      'civil aviation authority',
      'railways ministry',
      'port authority',
      'national highway authority',
      'state airline',
    ],
  },
  {
    name: 'agriculture',
    terms: list(`wheat rice cotton harvest crops farmers irrigation fertiliser prices exports livestock
      sugar yields locusts procurement granaries`),
    events: ['wheat harvest', 'locust swarm', 'fertiliser shortage', 'export ban on rice', 'farm protest'],
    orgs: [
      'agriculture ministry',
      'Food and Agriculture Organization',
      'farmers union',
      'grain board',
      'food authority',
    ],
  },
  {
    name: 'sports',
    terms: list(`cricket football match series tournament team captain coach innings goal final
      championship stadium squad wicket league`),
    events: ['cricket series', 'football final', 'tournament opener', 'championship match', 'test match'],
    orgs: [
      'cricket board',
      'football federation',
      'olympic committee',
      'FIFA',
      'International Cricket Council',
    ],
  },
];

export interface Country {
  name: string;
  adjective: string;
  capital: string;
  cities: string[];
  region: Region;
}

export type Region = 'south-asia' | 'slavic' | 'arab' | 'east-asia' | 'africa' | 'latin' | 'europe' | 'anglo';

const c = (
  name: string,
  adjective: string,
  region: Region,
  capital: string,
  ...cities: string[]
): Country => ({
  name,
  adjective,
  region,
  capital,
  cities,
});

/** Countries, the most written-about first. */
export const COUNTRIES: Country[] = [
  c('Pakistan', 'Pakistani', 'south-asia', 'Islamabad', 'Karachi', 'Lahore', 'Peshawar', 'Quetta'),
  c('Russia', 'Russian', 'slavic', 'Moscow', 'St Petersburg', 'Kazan', 'Novosibirsk'),
  c('India', 'Indian', 'south-asia', 'New Delhi', 'Mumbai', 'Kolkata', 'Chennai', 'Bengaluru'),
  c('China', 'Chinese', 'east-asia', 'Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen'),
  c('United States', 'American', 'anglo', 'Washington', 'New York', 'Chicago', 'Los Angeles'),
  c('Afghanistan', 'Afghan', 'south-asia', 'Kabul', 'Kandahar', 'Herat', 'Mazar-i-Sharif'),
  c('Iran', 'Iranian', 'arab', 'Tehran', 'Isfahan', 'Mashhad', 'Tabriz'),
  c('Turkey', 'Turkish', 'europe', 'Ankara', 'Istanbul', 'Izmir'),
  c('Britain', 'British', 'anglo', 'London', 'Manchester', 'Birmingham'),
  c('Ukraine', 'Ukrainian', 'slavic', 'Kyiv', 'Kharkiv', 'Odesa', 'Lviv'),
  c('Germany', 'German', 'europe', 'Berlin', 'Munich', 'Hamburg', 'Frankfurt'),
  c('France', 'French', 'europe', 'Paris', 'Marseille', 'Lyon'),
  c('Egypt', 'Egyptian', 'arab', 'Cairo', 'Alexandria', 'Giza'),
  c('Saudi Arabia', 'Saudi', 'arab', 'Riyadh', 'Jeddah', 'Dammam'),
  c('Nigeria', 'Nigerian', 'africa', 'Abuja', 'Lagos', 'Kano'),
  c('Brazil', 'Brazilian', 'latin', 'Brasília', 'São Paulo', 'Rio de Janeiro'),
  c('Japan', 'Japanese', 'east-asia', 'Tokyo', 'Osaka', 'Nagoya'),
  c('Bangladesh', 'Bangladeshi', 'south-asia', 'Dhaka', 'Chittagong', 'Sylhet'),
  c('Kenya', 'Kenyan', 'africa', 'Nairobi', 'Mombasa', 'Kisumu'),
  c('Mexico', 'Mexican', 'latin', 'Mexico City', 'Guadalajara', 'Monterrey'),
  c('Indonesia', 'Indonesian', 'east-asia', 'Jakarta', 'Surabaya', 'Bandung'),
  c('Iraq', 'Iraqi', 'arab', 'Baghdad', 'Basra', 'Mosul', 'Erbil'),
  c('Syria', 'Syrian', 'arab', 'Damascus', 'Aleppo', 'Homs'),
  c('Tajikistan', 'Tajik', 'slavic', 'Dushanbe', 'Khujand'),
  c('Uzbekistan', 'Uzbek', 'slavic', 'Tashkent', 'Samarkand'),
  c('Kazakhstan', 'Kazakh', 'slavic', 'Astana', 'Almaty'),
  c('Poland', 'Polish', 'slavic', 'Warsaw', 'Krakow', 'Gdansk'),
  c('Sri Lanka', 'Sri Lankan', 'south-asia', 'Colombo', 'Kandy', 'Jaffna'),
  c('Nepal', 'Nepali', 'south-asia', 'Kathmandu', 'Pokhara'),
  c('Qatar', 'Qatari', 'arab', 'Doha'),
  c('South Africa', 'South African', 'africa', 'Pretoria', 'Johannesburg', 'Cape Town', 'Durban'),
  c('Ethiopia', 'Ethiopian', 'africa', 'Addis Ababa', 'Dire Dawa'),
  c('Ghana', 'Ghanaian', 'africa', 'Accra', 'Kumasi'),
  c('Argentina', 'Argentine', 'latin', 'Buenos Aires', 'Córdoba', 'Rosario'),
  c('Colombia', 'Colombian', 'latin', 'Bogotá', 'Medellín', 'Cali'),
  c('Vietnam', 'Vietnamese', 'east-asia', 'Hanoi', 'Ho Chi Minh City', 'Da Nang'),
  c('Philippines', 'Philippine', 'east-asia', 'Manila', 'Cebu', 'Davao'),
  c('South Korea', 'South Korean', 'east-asia', 'Seoul', 'Busan', 'Incheon'),
  c('Morocco', 'Moroccan', 'arab', 'Rabat', 'Casablanca', 'Marrakesh'),
  c('Algeria', 'Algerian', 'arab', 'Algiers', 'Oran'),
  c('Jordan', 'Jordanian', 'arab', 'Amman', 'Aqaba'),
  c('Azerbaijan', 'Azerbaijani', 'slavic', 'Baku', 'Ganja'),
  c('Georgia', 'Georgian', 'slavic', 'Tbilisi', 'Batumi'),
  c('Canada', 'Canadian', 'anglo', 'Ottawa', 'Toronto', 'Vancouver', 'Montreal'),
  c('Australia', 'Australian', 'anglo', 'Canberra', 'Sydney', 'Melbourne', 'Perth'),
  c('Italy', 'Italian', 'europe', 'Rome', 'Milan', 'Naples'),
  c('Spain', 'Spanish', 'europe', 'Madrid', 'Barcelona', 'Valencia'),
  c('Greece', 'Greek', 'europe', 'Athens', 'Thessaloniki'),
  c('Norway', 'Norwegian', 'europe', 'Oslo', 'Bergen'),
  c('Chile', 'Chilean', 'latin', 'Santiago', 'Valparaíso'),
  c('Peru', 'Peruvian', 'latin', 'Lima', 'Cusco', 'Arequipa'),
  c('Malaysia', 'Malaysian', 'east-asia', 'Kuala Lumpur', 'Penang'),
  c('Thailand', 'Thai', 'east-asia', 'Bangkok', 'Chiang Mai', 'Phuket'),
];

/**
 * Names by region. A name written `A/B` has two spellings that outlets disagree on (Sergei/Sergey,
 * Muhammad/Mohammed): each outlet picks one per name, as real newsrooms' style guides do.
 */
export const FIRST_NAMES: Record<Region, string[]> = {
  'south-asia': list(`Ashfaq Parvez/Pervez Hina Muhammad/Mohammed Asif Raja Nawaz Imran Shahbaz Bilawal
    Yousuf/Yusuf Qamar Asim Moazzam Hussain/Hussein Ahmed/Ahmad Rahman/Rehman Sheikh Narendra Rahul
    Sushma Manmohan Amit Priya Sanjay Arvind Sheikh Khaleda Hasina Mahinda Gotabaya Ranil Pushpa
    Ashraf Abdullah Hamid Zalmay Rashid Tariq Farooq Shireen Ayesha Fatima Zainab Omar/Umar`),
  slavic: list(`Sergei/Sergey Dmitry/Dmitri Vladimir Nikolai/Nikolay Yuri/Yury Mikhail Aleksandr/Alexander
    Andrei/Andrey Olga Tatiana/Tatyana Anna Volodymyr Petro Yulia Oleksandr Denys Emomali Shavkat
    Kassym-Jomart Ilham Irakli Mateusz Andrzej Donald Viktor Igor Maria Elena Natalia/Natalya Pavel`),
  arab: list(`Mohammed/Muhammad Ahmed/Ahmad Khalid/Khaled Abdel Hassan Hussein/Hussain Ali Omar Youssef/Yousef
    Abdullah Faisal Tamim Salman Hamad Bashar Mustafa Ibrahim Layla Fatima Nour Rania Hosni Abdelmadjid
    Recep Mevlut Hakan Qasim/Kasim Hassan Ebrahim Javad Masoud Ayman Sami Karim/Kareem`),
  'east-asia': list(`Xi Li Wang Zhang Liu Chen Yang Zhao Huang Shinzo Fumio Yoshihide Taro Kenji Joko Prabowo
    Sri Nguyen Tran Pham Rodrigo Ferdinand Moon Yoon Kim Lee Park Anwar Mahathir Prayuth Srettha Yuki`),
  africa: list(`Muhammadu Bola Uhuru William Raila Cyril Jacob Thabo Abiy Sahle-Work Nana John Goodluck
    Olusegun Ngozi Amina Wanjiru Kofi Kwame Mahamudu Samia Paul Yoweri Akinwumi Chinedu Oluwaseun`),
  latin: list(`Luiz Jair Dilma Andrés Claudia Javier Alberto Cristina Gustavo Iván Juan José/Jose Gabriel
    Michelle Sebastián Pedro Dina Martín María/Maria Fernando Alejandro Lucía Carlos Diego Rafael`),
  europe: list(`Angela Olaf Emmanuel Giorgia Pedro Kyriakos Jonas Ursula Josep Charles Frank-Walter Mario
    Sergio Marine Jean-Luc Friedrich Annalena Mark Viktor Kaja Jens Erna Isabel Matteo Sophie Hans`),
  anglo: list(`Joe Barack Donald Hillary Antony Lloyd Janet Kamala John Rishi Boris Theresa Keir Liz
    David Justin Chrystia Anthony Scott Penny Mike Nancy Jake Victoria Robert Elizabeth`),
};

export const LAST_NAMES: Record<Region, string[]> = {
  'south-asia':
    list(`Kayani/Kiani Khar Ashraf Zardari Sharif Khan Bajwa Khan Bhutto Gilani Qureshi Abbasi Malik
    Chaudhry/Choudhry Hussain Rehman/Rahman Modi Gandhi Swaraj Singh Shah Jaishankar Kejriwal Wajed Zia Rajapaksa
    Wickremesinghe Dahal Ghani Karzai Abdullah Khalilzad Durrani Mengal Baloch Siddiqui Farooqi Jilani/Gilani`),
  slavic: list(`Lavrov Putin Medvedev Makarov Shoigu Peskov Zakharova Zelensky/Zelenskyy Poroshenko Tymoshenko
    Kuleba Shmyhal Rahmon Mirziyoyev Tokayev Aliyev Garibashvili Morawiecki Duda Tusk Orban Nabiullina
    Siluanov Gerasimov Patrushev Sobyanin Volodin Matviyenko Naryshkin Kozak`),
  arab: list(`Sisi Mubarak Morsi bin Salman Al Thani Assad Erdogan/Erdoğan Cavusoglu/Çavuşoğlu Fidan Raisi
    Rouhani Zarif Araghchi Soleimani Tebboune Abdullah Safadi Sudani Kadhimi Hariri Mikati Jubeir
    Qaddafi/Gaddafi Haftar Dbeibah Aboul Gheit Nasrallah`),
  'east-asia': list(`Jinping Keqiang Yi Qiang Abe Kishida Suga Kono Widodo Subianto Mulyani Duterte Marcos
    Jae-in Suk-yeol Jong-un Ibrahim Mohamad Chan-o-cha Thavisin Phuc Trong Chinh Chinh`),
  africa: list(`Buhari Tinubu Kenyatta Ruto Odinga Ramaphosa Zuma Mbeki Ahmed Zewde Akufo-Addo Mahama
    Jonathan Obasanjo Okonjo-Iweala Mohammed Adesina Kagame Museveni Hassan Osinbajo Atiku Shettima`),
  latin: list(`Lula Bolsonaro Rousseff López Obrador Sheinbaum Milei Fernández Kirchner Petro Duque Santos
    Boric Bachelet Piñera/Pinera Castillo Boluarte Maduro Morales Arce Haddad Alckmin Ebrard`),
  europe:
    list(`Merkel Scholz Macron Meloni Sánchez/Sanchez Mitsotakis Støre/Store von der Leyen Borrell Michel Steinmeier
    Draghi Mattarella Le Pen Mélenchon/Melenchon Merz Baerbock Rutte Kallas Stoltenberg Solberg Lagarde`),
  anglo: list(`Biden Obama Trump Clinton Blinken Austin Yellen Harris Kerry Sunak Johnson May Starmer Truss
    Cameron Trudeau Freeland Albanese Morrison Wong Pompeo Pelosi Sullivan Nuland Kennedy`),
};

/** Roles, the most senior first (the most written-about people hold them). */
export const ROLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'army chief',
  'Finance Minister',
  'Defence Minister',
  'Interior Minister',
  'central bank governor',
  'opposition leader',
  'foreign ministry spokesman',
  'Energy Minister',
  'Health Minister',
  'chief justice',
  'ambassador',
  'senior official',
  'provincial governor',
  'mayor',
  'senior analyst',
  'lawmaker',
  'trade union leader',
];

/** Organisations any story may name. */
export const ORGANISATIONS = [
  'United Nations',
  'World Bank',
  'International Monetary Fund',
  'European Union',
  'NATO',
  'Red Cross',
  'World Health Organization',
  'Shanghai Cooperation Organisation',
  'Asian Development Bank',
  'African Union',
  'Amnesty International',
  'Human Rights Watch',
  'Transparency International',
  'World Trade Organization',
];

/** Outlets: name, the agency credit it uses, and its page habits. */
export interface Outlet {
  name: string;
  slug: string;
  domain: string;
  /** Hard-wraps its text at a fixed width (plain-text wires). */
  wraps: boolean;
  /** Ships its archive as JSON Lines rather than one Markdown file per article. */
  jsonl: boolean;
  /** Plain .txt files with a "Published in X, date." line. */
  txt: boolean;
  /** Which spelling of a variant name the outlet's style guide prefers (0 or 1). */
  style: number;
  /** Reader comments under articles. */
  comments: boolean;
}

const outlet = (name: string, opts: Partial<Outlet> = {}): Outlet => {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    name,
    slug,
    domain: `${slug.replace(/-/g, '')}.example`,
    wraps: false,
    jsonl: false,
    txt: false,
    style: 0,
    comments: false,
    ...opts,
  };
};

export const OUTLETS: Outlet[] = [
  outlet('The Northern Herald', { comments: true }),
  outlet('Daily Courier', { style: 1 }),
  outlet('Capital Tribune', { comments: true, style: 1 }),
  outlet('The Frontier Post'),
  outlet('Asia Wire Service', { wraps: true, style: 1 }),
  outlet('Morning Ledger'),
  outlet('The Evening Standard-Bearer', { comments: true }),
  outlet('Global Dispatch', { jsonl: true, style: 1 }),
  outlet('Metro Times', { comments: true }),
  outlet('The Observer Review', { style: 1 }),
  outlet('Eastern Chronicle', { txt: true }),
  outlet('Continental News Agency', { wraps: true, jsonl: true }),
  outlet('The Policy Brief', { style: 1 }),
  outlet('Harbour Gazette', { comments: true, style: 1 }),
  outlet('National Mirror'),
  outlet('World Affairs Daily', { jsonl: true }),
  outlet('The Plains Sentinel', { txt: true, style: 1 }),
  outlet('Riverside Post', { comments: true }),
];

export const AGENCIES = ['Reuters', 'AFP', 'AP', 'PTI', 'APP', 'TASS', 'Xinhua', 'dpa', 'Anadolu', 'IANS'];

/** The months as the corpus reads them (one table: src/corpus/months.ts). */
export { MONTH_NAMES } from '../src/corpus/months.js';

/** Syllables for the long tail of rare words (minor names, places, projects, firms). */
export const SYLLABLES = list(`ka ri to ma ne sa lo vi da ru ko bel tan mor ish al ven dor ga li
  zu pe ra bo tin sha ku mi no fa ze har sel dun ost lin gra ber ni vo ta ka zan mal qui ter`);
